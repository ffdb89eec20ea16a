package store

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
)

// walkPages is the equivalent of bbolt's Tx.Check, over file reads instead
// of the memory map, so that no damage can fault or panic: from the meta
// page's root through every branch and leaf page, nested and inline
// buckets, and the free list. It checks what bbolt would otherwise trust:
// every page reached is below the high-water mark, says it is the page its
// parent points at, has a known type, is reached once and is not also
// free; element offsets stay inside their page; keys are in order, also
// across a branch's children; every page below the mark is in use or free.
//
// It runs over every page of the file (about a second for 500 MB), so it
// keeps to what each page needs: page-sized buffers are reused down the
// tree, pages are marked in bitsets, keys are compared with their
// neighbours only (ascending keys lie in their parent's range when the
// first and the last do), and where a problem is found is only spelt out
// when there is one.

// maxProblems caps how many problems a walk records; a page of random
// bytes yields many.
const maxProblems = 50

// freelistPath names the free list where a bucket's path goes; keyName
// quotes a bucket name with a NUL, so no bucket's path can be this.
const freelistPath = "\x00free list"

// walkResult is what the walk saw.
type walkResult struct {
	pf       *pageFile
	inUse    []uint64 // pages reached, including meta and free-list pages, in the order reached
	free     []uint64 // pages the free list holds, each once
	used     pageBits // inUse by page id
	freed    pageBits // free by page id
	buckets  int
	nkeys    int
	problems []Problem
	dropped  int // problems beyond maxProblems

	ctx       context.Context // the walk stops early once it is done
	cancelled bool            // it did: the result says nothing of the file
	spare     [][]byte        // one-page buffers to reuse
}

// pageBits is a set of page ids below the high-water mark.
type pageBits []uint64

func newPageBits(n uint64) pageBits   { return make(pageBits, (n+63)/64) }
func (b pageBits) has(id uint64) bool { return b[id/64]&(1<<(id%64)) != 0 }
func (b pageBits) add(id uint64)      { b[id/64] |= 1 << (id % 64) }

// walkPages walks the whole file.
func walkPages(pf *pageFile) *walkResult {
	return walkPagesUntil(context.Background(), pf)
}

// walkPagesUntil walks the file until ctx is done; a walk cut short says
// so in cancelled and reports no problems.
func walkPagesUntil(ctx context.Context, pf *pageFile) *walkResult {
	hwm := pf.meta.hwm
	w := &walkResult{pf: pf, ctx: ctx, used: newPageBits(hwm), freed: newPageBits(hwm)}
	w.markUsed(0)
	w.markUsed(1)
	freeOK := w.readFreelist()
	w.tree(pf.meta.root, "", nil, nil)
	if w.cancelled {
		w.problems, w.dropped = nil, 0
		return w
	}
	if pf.meta.freelist != noFreelist && freeOK {
		w.lostPages()
	}
	if w.dropped > 0 {
		w.problems = append(w.problems, Problem{Area: "pages", Summary: fmt.Sprintf("and %d more page problems", w.dropped)})
	}
	return w
}

// lostPages reports the pages below the mark that are neither in use nor
// free.
func (w *walkResult) lostPages() {
	var lost []uint64
	for id := uint64(2); id < w.pf.meta.hwm; id++ {
		if !w.used.has(id) && !w.freed.has(id) {
			lost = append(lost, id)
		}
	}
	if len(lost) > 0 {
		w.problem(fmt.Sprintf("%d %s neither in use nor free", len(lost), plural(len(lost), "page is", "pages are")),
			"pages "+idList(lost))
	}
}

// markUsed records page id as reached (it is below the mark).
func (w *walkResult) markUsed(id uint64) {
	if !w.used.has(id) {
		w.used.add(id)
		w.inUse = append(w.inUse, id)
	}
}

func (w *walkResult) problem(summary, detail string) {
	if len(w.problems) >= maxProblems {
		w.dropped++
		return
	}
	w.problems = append(w.problems, Problem{Area: "pages", Summary: summary, Detail: detail})
}

// readFreelist reads the free page ids (bbolt's freelist page: count in
// the header, or 0xFFFF and the count in the first element). It reports
// whether the list could be read whole.
func (w *walkResult) readFreelist() bool {
	id := w.pf.meta.freelist
	if id == noFreelist {
		return true
	}
	bad := func(what string) {
		w.problem("the list of free pages is damaged", fmt.Sprintf("page %d: %s", id, what))
	}
	buf, h, ok := w.page(id, freelistPath)
	if !ok {
		return false
	}
	if h.flags != freelistPageFlag {
		bad(fmt.Sprintf("it is a %s page", pageType(h.flags)))
		return false
	}
	start, n := uint64(pageHeaderSize), uint64(h.count)
	if h.count == 0xFFFF {
		n, start = ne.Uint64(buf[pageHeaderSize:]), pageHeaderSize+8
	}
	if n > (uint64(len(buf))-start)/8 {
		bad(fmt.Sprintf("it lists %d pages but has room for %d", n, (uint64(len(buf))-start)/8))
		return false
	}
	ok = true
	for i := range n {
		f := ne.Uint64(buf[start+8*i:])
		switch {
		case f < 2 || f >= w.pf.meta.hwm:
			bad(fmt.Sprintf("it lists page %d, outside the file", f))
			ok = false
			continue
		case w.freed.has(f):
			bad(fmt.Sprintf("it lists page %d twice", f))
		case w.used.has(f):
			bad(fmt.Sprintf("it lists page %d, which holds the free list itself", f))
		}
		if !w.freed.has(f) {
			w.freed.add(f)
			w.free = append(w.free, f)
		}
	}
	return ok
}

// page reads page id and its overflow pages, checking that it lies in the
// file, says it is page id, and is reached for the first time; path names
// the bucket it belongs to for the problem reports. A one-page buffer goes
// back to w.spare once the caller is done with it (release).
func (w *walkResult) page(id uint64, path string) ([]byte, pageHead, bool) {
	if w.cancelled || w.ctx.Err() != nil {
		w.cancelled = true
		return nil, pageHead{}, false
	}
	hwm := w.pf.meta.hwm
	if id < 2 || id >= hwm {
		w.problem(fmt.Sprintf("a page points outside the file (at page %d of %d)", id, hwm), placeName(path))
		return nil, pageHead{}, false
	}
	if w.used.has(id) {
		w.problem(fmt.Sprintf("page %d is used twice", id), placeName(path))
		return nil, pageHead{}, false
	}
	// Reached, even if it turns out damaged: only the pages below it are
	// lost.
	w.markUsed(id)
	first := w.buffer()
	if err := w.pf.readAt(first, int64(id)*int64(w.pf.pageSize)); err != nil {
		w.release(first)
		w.problem(fmt.Sprintf("page %d cannot be read", id), placeName(path)+": "+err.Error())
		return nil, pageHead{}, false
	}
	h := parseHead(first)
	if p := w.checkSpan(id, h, path); p {
		w.release(first)
		return nil, h, false
	}
	if h.overflow == 0 {
		return first, h, true
	}
	w.release(first)
	buf, err := w.pf.readPages(id, uint64(h.overflow)+1)
	if err != nil {
		w.problem(fmt.Sprintf("page %d cannot be read", id), placeName(path)+": "+err.Error())
		return nil, h, false
	}
	return buf, h, true
}

// checkSpan checks the header of page id and marks its overflow pages as
// reached; it reports whether the page is unusable.
func (w *walkResult) checkSpan(id uint64, h pageHead, path string) bool {
	if h.id != id {
		w.problem(fmt.Sprintf("page %d is not what its parent expects", id), fmt.Sprintf("%s: it says it is page %d", placeName(path), h.id))
		return true
	}
	if uint64(h.overflow) >= w.pf.meta.hwm-id {
		w.problem(fmt.Sprintf("page %d runs past the end of the file", id), fmt.Sprintf("%s: %d overflow pages", placeName(path), h.overflow))
		return true
	}
	for i := id; i <= id+uint64(h.overflow); i++ {
		if i > id && w.used.has(i) {
			w.problem(fmt.Sprintf("page %d is used twice", i), placeName(path))
		}
		if w.freed.has(i) {
			w.problem(fmt.Sprintf("page %d is in use but also listed as free", i), placeName(path))
		}
		w.markUsed(i)
	}
	return false
}

// buffer is a one-page buffer, reused if one is spare.
func (w *walkResult) buffer() []byte {
	if n := len(w.spare); n > 0 {
		b := w.spare[n-1]
		w.spare = w.spare[:n-1]
		return b
	}
	return make([]byte, w.pf.pageSize)
}

// release gives a page's buffer back once nothing refers into it; a
// buffer of overflow pages is left to the collector.
func (w *walkResult) release(buf []byte) {
	if len(buf) == w.pf.pageSize {
		w.spare = append(w.spare, buf)
	}
}

// tree walks the branch or leaf page id of the bucket named path, whose
// keys must lie in [lo, hi) (nil: unbounded).
func (w *walkResult) tree(id uint64, path string, lo, hi []byte) {
	buf, h, ok := w.page(id, path)
	if !ok {
		return
	}
	defer w.release(buf)
	switch h.flags {
	case branchPageFlag:
		w.branch(id, buf, h, path, lo, hi)
	case leafPageFlag:
		w.leaf(spot{page: id}, buf, h, path, lo, hi)
	default:
		w.problem(fmt.Sprintf("page %d is of the wrong type", id),
			fmt.Sprintf("%s: a %s page where a branch or leaf page belongs", bucketName(path), pageType(h.flags)))
	}
}

// spot is where a leaf is, for a problem report: a page, or an inline
// bucket's page inside it.
type spot struct {
	page   uint64
	inline string // " (inline bucket a) (inline bucket a/b)", or ""
}

func (s spot) String() string { return "page " + strconv.FormatUint(s.page, 10) + s.inline }

func (w *walkResult) branch(id uint64, buf []byte, h pageHead, path string, lo, hi []byte) {
	at := spot{page: id}
	if h.count == 0 {
		w.problem(at.String()+" is an empty branch", bucketName(path))
		return
	}
	if !w.keys(at, buf, h, path, lo, hi) {
		return
	}
	n := int(h.count)
	for i := range n {
		k, next := elementKey(buf, h, i), hi
		if i+1 < n {
			next = elementKey(buf, h, i+1)
		}
		child := ne.Uint64(buf[pageHeaderSize+i*elementSize+8:])
		w.tree(child, path, k, next)
	}
}

// leaf checks a leaf page (or an inline bucket's page) and walks the
// buckets it holds.
func (w *walkResult) leaf(at spot, buf []byte, h pageHead, path string, lo, hi []byte) {
	if !w.keys(at, buf, h, path, lo, hi) {
		return
	}
	for i := range int(h.count) {
		off := pageHeaderSize + i*elementSize
		if ne.Uint32(buf[off:])&bucketLeafFlag == 0 {
			continue
		}
		pos, ks, vs := ne.Uint32(buf[off+4:]), ne.Uint32(buf[off+8:]), ne.Uint32(buf[off+12:])
		k := buf[uint64(off)+uint64(pos):][:ks]
		v := buf[uint64(off)+uint64(pos)+uint64(ks):][:vs]
		w.bucket(v, strings.TrimPrefix(path+"/"+keyName(k), "/"), at)
	}
}

// bucket walks a nested bucket from its value: a root page, or an inline
// page right after the header.
func (w *walkResult) bucket(v []byte, path string, at spot) {
	w.buckets++
	if len(v) < bucketHeader {
		w.problem(at.String()+" holds a damaged bucket", fmt.Sprintf("%s: %d-byte header", bucketName(path), len(v)))
		return
	}
	if root := ne.Uint64(v); root != 0 {
		w.tree(root, path, nil, nil)
		return
	}
	in := v[bucketHeader:]
	if len(in) < pageHeaderSize {
		w.problem(at.String()+" holds a damaged bucket", bucketName(path)+": inline page too short")
		return
	}
	h := parseHead(in)
	if h.flags != leafPageFlag {
		w.problem(at.String()+" holds a damaged bucket", fmt.Sprintf("%s: inline page of type %s", bucketName(path), pageType(h.flags)))
		return
	}
	w.leaf(spot{page: at.page, inline: at.inline + " (inline bucket " + path + ")"}, in, h, path, nil, nil)
}

// keys checks the elements of a branch or leaf page: every one lies inside
// the page and the keys ascend within [lo, hi). A problem is reported at
// the first entry where a check, run entry by entry, would fail; ascending
// keys are compared with hi only at the end, or when a later entry fails.
func (w *walkResult) keys(at spot, buf []byte, h pageHead, path string, lo, hi []byte) bool {
	n := int(h.count)
	if pageHeaderSize+n*elementSize > len(buf) {
		w.problem(at.String()+" has more entries than fit in it", fmt.Sprintf("%s: %d entries", bucketName(path), n))
		return false
	}
	var prev []byte
	for i := range n {
		k, ok := elementKeyChecked(buf, h, i)
		switch {
		case !ok:
			return w.keyProblem(at, buf, h, path, hi, i, " has an entry outside the page")
		case i > 0 && bytes.Compare(prev, k) >= 0:
			return w.keyProblem(at, buf, h, path, hi, i, " has keys out of order")
		case i == 0 && lo != nil && bytes.Compare(k, lo) < 0:
			return w.keyProblem(at, buf, h, path, nil, i, outOfRange)
		}
		prev = k
	}
	if n > 0 && hi != nil && bytes.Compare(prev, hi) >= 0 {
		return w.keyProblem(at, buf, h, path, hi, n, "")
	}
	w.nkeys += n
	return true
}

const outOfRange = " has a key outside the range its parent gives it"

// keyProblem reports the problem found at entry i (what), or an earlier
// entry's key at or past hi, which a check entry by entry meets first:
// entries before i are well formed and ascend. It returns false.
func (w *walkResult) keyProblem(at spot, buf []byte, h pageHead, path string, hi []byte, i int, what string) bool {
	if hi != nil {
		for j := range i {
			if bytes.Compare(elementKey(buf, h, j), hi) >= 0 {
				i, what = j, outOfRange
				break
			}
		}
	}
	w.problem(at.String()+what, fmt.Sprintf("%s: entry %d", bucketName(path), i))
	return false
}

// elementKeyChecked is entry i's key, if the entry lies inside the page.
func elementKeyChecked(buf []byte, h pageHead, i int) ([]byte, bool) {
	off := pageHeaderSize + i*elementSize
	var pos, ks, vs uint32
	if h.flags == branchPageFlag {
		pos, ks = ne.Uint32(buf[off:]), ne.Uint32(buf[off+4:])
	} else {
		pos, ks, vs = ne.Uint32(buf[off+4:]), ne.Uint32(buf[off+8:]), ne.Uint32(buf[off+12:])
	}
	start := uint64(off) + uint64(pos)
	if start+uint64(ks)+uint64(vs) > uint64(len(buf)) {
		return nil, false
	}
	return buf[start : start+uint64(ks)], true
}

// elementKey is entry i's key on a page keys has checked.
func elementKey(buf []byte, h pageHead, i int) []byte {
	k, _ := elementKeyChecked(buf, h, i)
	return k
}

// placeName names where a page belongs for a problem report.
func placeName(path string) string {
	if path == freelistPath {
		return "the list of free pages"
	}
	return bucketName(path)
}

// bucketName names a bucket by its path for a problem report.
func bucketName(path string) string {
	if path == "" {
		return "the root bucket"
	}
	return "bucket " + path
}

func pageType(flags uint16) string {
	switch flags {
	case branchPageFlag:
		return "branch"
	case leafPageFlag:
		return "leaf"
	case metaPageFlag:
		return "meta"
	case freelistPageFlag:
		return "free-list"
	}
	return fmt.Sprintf("unknown (%#x)", flags)
}

// keyName is a bucket name as text, or quoted if it is not plain.
func keyName(k []byte) string {
	s := string(k)
	if strings.IndexFunc(s, func(r rune) bool { return r < 0x21 || r > 0x7e }) < 0 && s != "" {
		return s
	}
	return strconv.QuoteToASCII(s)
}

// idList lists up to eight page ids.
func idList(ids []uint64) string {
	var b strings.Builder
	for i, id := range ids {
		if i == 8 {
			fmt.Fprintf(&b, " …")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.FormatUint(id, 10))
	}
	return b.String()
}
