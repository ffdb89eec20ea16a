package store

import (
	"errors"
	"fmt"
	"os"
	"time"
)

// Before bbolt maps an existing file, Open checks it here with ordinary
// reads: the two meta pages, then every page in use (pagewalk.go). bbolt
// trusts the file; a file cut short faults on the memory map (SIGBUS, which
// no recover catches) and a damaged page panics on an assertion or, worse,
// is written into. A file refused here is never mapped and never changed.
//
// The page walk reads the whole file, about a second for a store seeded
// with a 100k-post world (485 MB). So only a store up to fullWalkMax is
// walked before it is mapped (and again inside a write, damage.go). A
// bigger one gets the cheap checks, whatever its size: the meta pages, the
// page size, and the file long enough for its high-water mark, so that a
// file cut short is still refused before it is mapped. Its pages are
// walked beside the app instead, right after Open and then now and then
// (pagewatch.go). The trade-off: on a big store, damage is found by that
// walk within seconds of opening, instead of before the first frame, and
// until then bbolt reads, and may write, a damaged page. Damage it finds
// stops the writes as damage seen at run time does (damage.go). `lifesim
// check` always walks every page.

// Problem is one thing found wrong with a store. Summary is plain words
// short enough for a one-line error; Detail says where and how.
type Problem struct {
	Area    string `json:"area"` // file, pages, records, state, indexes or funnel
	Summary string `json:"summary"`
	Detail  string `json:"detail,omitempty"`
}

func (p Problem) String() string {
	if p.Detail == "" {
		return p.Summary
	}
	return p.Summary + " (" + p.Detail + ")"
}

// Page sizes bbolt may have written: the OS page size, 4 KiB on most
// machines and up to 64 KiB on some.
const (
	minPageSize = 1024
	maxPageSize = 64 << 10
)

// readHeader finds the meta page bbolt would use (the valid one with the
// highest transaction id, as bbolt's DB.meta picks) and checks the file
// against it. The problem is nil when bbolt can map the file safely.
func readHeader(f *os.File) (*pageFile, *Problem) {
	return readHeaderOf(f, anyTx)
}

// anyTx asks readHeaderOf for the meta bbolt would use.
const anyTx = ^uint64(0)

// errNoMeta: neither meta page is the one of the transaction asked for
// (pagewatch.go); not damage, as commits since may have overwritten it.
var errNoMeta = &Problem{Area: "file", Summary: "the header of that transaction is gone"}

// readHeaderOf is readHeader with the meta page of transaction txid (or,
// for anyTx, the one bbolt would use); errNoMeta if neither is.
func readHeaderOf(f *os.File, txid uint64) (*pageFile, *Problem) {
	info, err := f.Stat()
	if err != nil {
		return nil, &Problem{Area: "file", Summary: "it cannot be read", Detail: err.Error()}
	}
	pf := &pageFile{f: f, size: info.Size()}
	if pf.size < 2*minPageSize {
		return nil, fileProblem("it is too short to be a store", "%d bytes", pf.size)
	}
	if p := pf.setPageSize(); p != nil {
		return nil, p
	}
	if p := pf.pickMeta(txid); p != nil {
		return nil, p
	}
	if p := pf.checkMetaBounds(); p != nil {
		return nil, p
	}
	return pf, nil
}

// fileProblem is a problem with the file as a whole, its detail formatted
// from detail and args.
func fileProblem(summary, detail string, args ...any) *Problem {
	return &Problem{Area: "file", Summary: summary, Detail: fmt.Sprintf(detail, args...)}
}

// setPageSize sets pf.pageSize from the header, if the header gives one
// that bbolt could have written.
func (pf *pageFile) setPageSize() *Problem {
	ps := pf.findPageSize()
	if ps == 0 {
		return fileProblem("neither of its two header pages is valid", "no bbolt meta page with the right magic number, version and checksum")
	}
	if ps < minPageSize || ps > maxPageSize || ps&(ps-1) != 0 {
		return fileProblem("its header gives an impossible page size", "%d bytes", ps)
	}
	pf.pageSize = ps
	return nil
}

// pickMeta reads both meta pages at pf.pageSize and sets pf.meta to the one
// bbolt would use: the valid one with the higher transaction id (or, unless
// txid is anyTx, the valid one of transaction txid).
func (pf *pageFile) pickMeta(txid uint64) *Problem {
	ps := pf.pageSize
	var metas [2]boltMeta
	for i := range metas {
		buf := make([]byte, metaChecksumAt+8)
		if pf.readAt(buf, int64(i*ps)) == nil {
			metas[i] = parseMeta(buf)
		}
		if metas[i].valid && int(metas[i].pageSize) != ps {
			return fileProblem("its two header pages disagree on the page size", "%d and %d bytes", ps, metas[i].pageSize)
		}
	}
	if txid != anyTx {
		for _, m := range metas {
			if m.valid && m.txid == txid {
				pf.meta = m
				return nil
			}
		}
		return errNoMeta
	}
	a, b := metas[0], metas[1]
	if b.txid > a.txid {
		a, b = b, a
	}
	switch {
	case a.valid:
		pf.meta = a
	case b.valid:
		pf.meta = b
	default:
		return fileProblem("neither of its two header pages is valid", "bad magic number, version or checksum")
	}
	return nil
}

// checkMetaBounds checks that pf.meta's size, root page and free list page
// lie inside the file.
func (pf *pageFile) checkMetaBounds() *Problem {
	m, ps := pf.meta, pf.pageSize
	switch {
	case m.hwm < 3 || m.hwm > uint64(pf.size)/uint64(ps):
		have := pf.size / int64(ps)
		if m.hwm > uint64(have) {
			return fileProblem("it was cut short", "it is %d bytes (%d pages), but its header says it holds %d pages of %d bytes", pf.size, have, m.hwm, ps)
		}
		return fileProblem("its header gives an impossible size", "%d pages", m.hwm)
	case m.root < 2 || m.root >= m.hwm:
		return fileProblem("its header points outside the file", "root page %d of %d", m.root, m.hwm)
	case m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= m.hwm):
		return fileProblem("its header points outside the file", "free list page %d of %d", m.freelist, m.hwm)
	}
	return nil
}

// findPageSize reads the page size from the first meta page, or failing
// that from the second one, tried at every page size in turn (as bbolt's
// getPageSize does). It is 0 when neither is valid.
func (pf *pageFile) findPageSize() int {
	buf := make([]byte, metaChecksumAt+8)
	if pf.readAt(buf, 0) == nil {
		if m := parseMeta(buf); m.valid {
			return int(m.pageSize)
		}
	}
	for ps := int64(minPageSize); ps <= maxPageSize && ps < pf.size-minPageSize; ps *= 2 {
		if pf.readAt(buf, ps) == nil {
			if m := parseMeta(buf); m.valid {
				return int(m.pageSize)
			}
		}
	}
	return 0
}

// fullWalkMax is the biggest store, in bytes up to its high-water mark,
// whose pages Open walks before mapping it and a write walks again every
// rewalkEvery. A store seeded with the built-in world is a few MB; one
// with a 100k-post world, 485 MB.
var fullWalkMax int64 = 64 << 20

// walkedBeforeUse reports whether a store of pf's size is walked before
// it is used, rather than beside the app.
func (pf *pageFile) walkedBeforeUse() bool {
	return int64(pf.meta.hwm)*int64(pf.pageSize) <= fullWalkMax
}

// inspectFile runs the header check and, if it passes, the page walk. It
// returns the problems found (none: bbolt may map the file) and the file's
// layout for a report.
func inspectFile(f *os.File) (*pageFile, *walkResult, []Problem) {
	pf, p := readHeader(f)
	if p != nil {
		return nil, nil, []Problem{*p}
	}
	w := walkPages(pf)
	return pf, w, w.problems
}

// checkFile is Open's check of an existing non-empty file, under a shared
// lock so that a lifesim writing the file is reported as holding it rather
// than caught half-way through a commit. The pages of a file bigger than
// fullWalkMax are not walked (later reports that they are to be walked
// beside the app).
func checkFile(path string, timeout time.Duration) (later bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return false, accessError(path, err)
	}
	defer f.Close()
	if err := lockShared(f, timeout); err != nil {
		if errors.Is(err, errLockTimeout) {
			return false, lockedError(path)
		}
		return false, accessError(path, err)
	}
	defer unlock(f)
	pf, p := readHeader(f)
	if p != nil {
		return false, damagedFileError(path, []Problem{*p})
	}
	if !pf.walkedBeforeUse() {
		return true, nil
	}
	if w := walkPages(pf); len(w.problems) > 0 {
		return false, damagedFileError(path, w.problems)
	}
	return false, nil
}

// damagedFileError is the one-line error for a file that fails the check:
// the first problem in plain words, how many more there are, and what to
// do. The details are for `lifesim check`.
func damagedFileError(path string, probs []Problem) error {
	p := probs[0]
	msg := fmt.Sprintf("store %s is damaged (%s", path, p.Summary)
	if p.Area == "file" {
		msg = fmt.Sprintf("store %s is damaged or not a lifesim database (%s", path, p.Summary)
	}
	if n := len(probs) - 1; n > 0 {
		msg += fmt.Sprintf(", and %d more %s", n, plural(n, "problem", "problems"))
	}
	return &fileError{kind: ErrCorrupt, msg: msg + ")", hint: damagedHint(path),
		detail: errors.New(p.String())}
}

// damagedHint says what to do about a damaged store.
func damagedHint(path string) string {
	q := shellQuote(path)
	return fmt.Sprintf("`lifesim check --db %s` says what is wrong; `lifesim reset --all --db %s` moves it aside and starts afresh, or %s", q, q, otherFile)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
