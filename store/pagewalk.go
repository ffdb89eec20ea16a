package store

import (
	"bytes"
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

// maxProblems caps how many problems a walk records; a page of random
// bytes yields many.
const maxProblems = 50

// walkResult is what the walk saw.
type walkResult struct {
	pf       *pageFile
	inUse    map[uint64]bool // pages reached, including meta and free-list pages
	free     map[uint64]bool
	buckets  int
	nkeys    int
	problems []Problem
	dropped  int // problems beyond maxProblems
}

func walkPages(pf *pageFile) *walkResult {
	w := &walkResult{pf: pf, inUse: map[uint64]bool{0: true, 1: true}, free: map[uint64]bool{}}
	freeOK := w.readFreelist()
	w.tree(pf.meta.root, "", nil, nil)
	if pf.meta.freelist != noFreelist && freeOK {
		var lost []uint64
		for id := uint64(2); id < pf.meta.hwm; id++ {
			if !w.inUse[id] && !w.free[id] {
				lost = append(lost, id)
			}
		}
		if len(lost) > 0 {
			w.problem(fmt.Sprintf("%d %s neither in use nor free", len(lost), plural(len(lost), "page is", "pages are")),
				"pages "+idList(lost))
		}
	}
	if w.dropped > 0 {
		w.problems = append(w.problems, Problem{Area: "pages", Summary: fmt.Sprintf("and %d more page problems", w.dropped)})
	}
	return w
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
	buf, h, ok := w.page(id, "the list of free pages")
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
		case w.free[f]:
			bad(fmt.Sprintf("it lists page %d twice", f))
		case w.inUse[f]:
			bad(fmt.Sprintf("it lists page %d, which holds the free list itself", f))
		}
		w.free[f] = true
	}
	return ok
}

// page reads page id and its overflow pages, checking that it lies in the
// file, says it is page id, and is reached for the first time; where names
// the bucket it belongs to for the problem reports.
func (w *walkResult) page(id uint64, where string) ([]byte, pageHead, bool) {
	hwm := w.pf.meta.hwm
	if id < 2 || id >= hwm {
		w.problem(fmt.Sprintf("a page points outside the file (at page %d of %d)", id, hwm), where)
		return nil, pageHead{}, false
	}
	if w.inUse[id] {
		w.problem(fmt.Sprintf("page %d is used twice", id), where)
		return nil, pageHead{}, false
	}
	// Reached, even if it turns out damaged: only the pages below it are
	// lost.
	w.inUse[id] = true
	first, err := w.pf.readPages(id, 1)
	if err != nil {
		w.problem(fmt.Sprintf("page %d cannot be read", id), where+": "+err.Error())
		return nil, pageHead{}, false
	}
	h := parseHead(first)
	if h.id != id {
		w.problem(fmt.Sprintf("page %d is not what its parent expects", id), fmt.Sprintf("%s: it says it is page %d", where, h.id))
		return nil, h, false
	}
	if uint64(h.overflow) >= hwm-id {
		w.problem(fmt.Sprintf("page %d runs past the end of the file", id), fmt.Sprintf("%s: %d overflow pages", where, h.overflow))
		return nil, h, false
	}
	for i := id; i <= id+uint64(h.overflow); i++ {
		if i > id && w.inUse[i] {
			w.problem(fmt.Sprintf("page %d is used twice", i), where)
		}
		if w.free[i] {
			w.problem(fmt.Sprintf("page %d is in use but also listed as free", i), where)
		}
		w.inUse[i] = true
	}
	if h.overflow == 0 {
		return first, h, true
	}
	buf, err := w.pf.readPages(id, uint64(h.overflow)+1)
	if err != nil {
		w.problem(fmt.Sprintf("page %d cannot be read", id), where+": "+err.Error())
		return nil, h, false
	}
	return buf, h, true
}

// tree walks the branch or leaf page id of the bucket named path, whose
// keys must lie in [lo, hi) (nil: unbounded).
func (w *walkResult) tree(id uint64, path string, lo, hi []byte) {
	buf, h, ok := w.page(id, bucketName(path))
	if !ok {
		return
	}
	switch h.flags {
	case branchPageFlag:
		w.branch(id, buf, h, path, lo, hi)
	case leafPageFlag:
		w.leaf(fmt.Sprintf("page %d", id), buf, h, path, lo, hi)
	default:
		w.problem(fmt.Sprintf("page %d is of the wrong type", id),
			fmt.Sprintf("%s: a %s page where a branch or leaf page belongs", bucketName(path), pageType(h.flags)))
	}
}

func (w *walkResult) branch(id uint64, buf []byte, h pageHead, path string, lo, hi []byte) {
	where := fmt.Sprintf("page %d", id)
	if h.count == 0 {
		w.problem(where+" is an empty branch", bucketName(path))
		return
	}
	keys, ok := w.keys(where, buf, h, path, lo, hi)
	if !ok {
		return
	}
	for i, k := range keys {
		next := hi
		if i+1 < len(keys) {
			next = keys[i+1]
		}
		child := ne.Uint64(buf[pageHeaderSize+i*elementSize+8:])
		w.tree(child, path, k, next)
	}
}

// leaf checks a leaf page (or an inline bucket's page, where is then
// "inline") and walks the buckets it holds.
func (w *walkResult) leaf(where string, buf []byte, h pageHead, path string, lo, hi []byte) {
	keys, ok := w.keys(where, buf, h, path, lo, hi)
	if !ok {
		return
	}
	for i, k := range keys {
		off := pageHeaderSize + i*elementSize
		if ne.Uint32(buf[off:])&bucketLeafFlag == 0 {
			continue
		}
		pos, ks, vs := ne.Uint32(buf[off+4:]), ne.Uint32(buf[off+8:]), ne.Uint32(buf[off+12:])
		v := buf[uint64(off)+uint64(pos)+uint64(ks):][:vs]
		w.bucket(v, strings.TrimPrefix(path+"/"+keyName(k), "/"), where)
	}
}

// bucket walks a nested bucket from its value: a root page, or an inline
// page right after the header.
func (w *walkResult) bucket(v []byte, path, where string) {
	w.buckets++
	if len(v) < bucketHeader {
		w.problem(where+" holds a damaged bucket", fmt.Sprintf("%s: %d-byte header", bucketName(path), len(v)))
		return
	}
	if root := ne.Uint64(v); root != 0 {
		w.tree(root, path, nil, nil)
		return
	}
	in := v[bucketHeader:]
	if len(in) < pageHeaderSize {
		w.problem(where+" holds a damaged bucket", bucketName(path)+": inline page too short")
		return
	}
	h := parseHead(in)
	if h.flags != leafPageFlag {
		w.problem(where+" holds a damaged bucket", fmt.Sprintf("%s: inline page of type %s", bucketName(path), pageType(h.flags)))
		return
	}
	w.leaf(where+" (inline bucket "+path+")", in, h, path, nil, nil)
}

// keys returns the keys of a branch or leaf page, checking that every
// element lies inside the page and that the keys ascend within [lo, hi).
func (w *walkResult) keys(where string, buf []byte, h pageHead, path string, lo, hi []byte) ([][]byte, bool) {
	n := int(h.count)
	if pageHeaderSize+n*elementSize > len(buf) {
		w.problem(where+" has more entries than fit in it", fmt.Sprintf("%s: %d entries", bucketName(path), n))
		return nil, false
	}
	keys := make([][]byte, 0, n)
	for i := range n {
		off := pageHeaderSize + i*elementSize
		var pos, ks, vs uint32
		if h.flags == branchPageFlag {
			pos, ks = ne.Uint32(buf[off:]), ne.Uint32(buf[off+4:])
		} else {
			pos, ks, vs = ne.Uint32(buf[off+4:]), ne.Uint32(buf[off+8:]), ne.Uint32(buf[off+12:])
		}
		start := uint64(off) + uint64(pos)
		if start+uint64(ks)+uint64(vs) > uint64(len(buf)) {
			w.problem(where+" has an entry outside the page", fmt.Sprintf("%s: entry %d", bucketName(path), i))
			return nil, false
		}
		k := buf[start : start+uint64(ks)]
		switch {
		case len(keys) > 0 && bytes.Compare(keys[len(keys)-1], k) >= 0:
			w.problem(where+" has keys out of order", fmt.Sprintf("%s: entry %d", bucketName(path), i))
			return nil, false
		case lo != nil && bytes.Compare(k, lo) < 0 || hi != nil && bytes.Compare(k, hi) >= 0:
			w.problem(where+" has a key outside the range its parent gives it", fmt.Sprintf("%s: entry %d", bucketName(path), i))
			return nil, false
		}
		keys = append(keys, k)
	}
	w.nkeys += n
	return keys, true
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
