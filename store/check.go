package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Check is lifesim's integrity check (`lifesim check`), the equivalent of
// SQLite's PRAGMA integrity_check. It never writes: the file is opened
// read-only, and bbolt maps it only after the page walk passed. It checks,
// each step only if the one before passed:
//
//	file     the header pages, the page size, the file's length
//	pages    every page in use (pagewalk.go)
//	records  every record decodes (check_records.go)
//	state    every persona's state agrees with its event log (check_state.go)
//	indexes  every index entry points at a record that exists (check_index.go)
//	funnel   the funnel kept with the log is the log's (check_aggregates.go)

// CheckStep is one step of the check and how it went.
type CheckStep struct {
	Name   string `json:"name"`
	Status string `json:"status"` // ok, failed or skipped
	Note   string `json:"note"`   // what was checked, or why it was skipped
}

// Step statuses.
const (
	StepOK      = "ok"
	StepFailed  = "failed"
	StepSkipped = "skipped"
)

// CheckReport is what Check found.
type CheckReport struct {
	Path       string      `json:"path"`
	Size       int64       `json:"size"`
	PageSize   int         `json:"page_size,omitempty"`
	Pages      uint64      `json:"pages,omitempty"` // the high-water mark
	PagesInUse int         `json:"pages_in_use,omitempty"`
	PagesFree  int         `json:"pages_free,omitempty"`
	Steps      []CheckStep `json:"steps"`
	Problems   []Problem   `json:"problems"`
}

// Healthy reports whether the check found nothing wrong.
func (r *CheckReport) Healthy() bool { return len(r.Problems) == 0 }

// step records a step and its problems.
func (r *CheckReport) step(name, note string, probs []Problem) bool {
	status := StepOK
	if len(probs) > 0 {
		status = StepFailed
		note = probs[0].Summary
		if len(probs) > 1 {
			note += fmt.Sprintf(", and %d more", len(probs)-1)
		}
	}
	r.Steps = append(r.Steps, CheckStep{Name: name, Status: status, Note: note})
	r.Problems = append(r.Problems, probs...)
	return len(probs) == 0
}

// skip records the steps not run.
func (r *CheckReport) skip(why string, names ...string) {
	for _, n := range names {
		r.Steps = append(r.Steps, CheckStep{Name: n, Status: StepSkipped, Note: why})
	}
}

// Check inspects the store at path. The error is for a store that cannot
// be checked at all (missing, unreadable, held by a running lifesim);
// damage is reported in the report.
func Check(path string, timeout time.Duration) (*CheckReport, error) {
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &fileError{kind: ErrAccess, msg: fmt.Sprintf("store %s does not exist", path), hint: otherFile}
	case err != nil:
		return nil, &fileError{kind: ErrAccess, msg: fmt.Sprintf("store %s cannot be read", path), cause: errnoOf(err), hint: otherFile}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, &fileError{kind: ErrAccess, msg: fmt.Sprintf("store %s is a directory", path), hint: otherFile}
	}
	if err := lockShared(f, timeout); err != nil {
		if errors.Is(err, errLockTimeout) {
			return nil, lockedError(path)
		}
		return nil, accessError(path, err)
	}
	defer unlock(f)
	r := &CheckReport{Path: path, Steps: []CheckStep{}, Problems: []Problem{}}
	if info, err := f.Stat(); err == nil {
		r.Size = info.Size()
	}
	later := []string{"records", "state", "indexes", "funnel"}
	if r.Size == 0 {
		r.step("file", "empty: lifesim sets it up the next time it opens it", nil)
		r.skip("the store is empty", append([]string{"pages"}, later...)...)
		return r, nil
	}
	pf, p := readHeader(f)
	if p != nil {
		r.step("file", "", []Problem{*p})
		r.skip("the file failed its first check", append([]string{"pages"}, later...)...)
		return r, nil
	}
	r.PageSize, r.Pages = pf.pageSize, pf.meta.hwm
	r.step("file", fmt.Sprintf("%d pages of %d bytes, transaction %d", pf.meta.hwm, pf.pageSize, pf.meta.txid), nil)
	w := walkPages(pf)
	r.PagesInUse, r.PagesFree = len(w.inUse), len(w.free)
	if !r.step("pages", fmt.Sprintf("%d in use, %d free; %d buckets, %d keys", len(w.inUse), len(w.free), w.buckets, w.nkeys), w.problems) {
		r.skip("pages are damaged, so the file is not read further", later...)
		return r, nil
	}
	return r, checkContents(r, path, timeout)
}

// checkContents opens the file with bbolt, read-only, for the steps that
// read records.
func checkContents(r *CheckReport, path string, timeout time.Duration) error {
	var bdb *bolt.DB
	err := guard(path, func() error {
		var err error
		bdb, err = bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: timeout})
		return err
	})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return lockedError(path)
		}
		r.step("records", "", []Problem{{Area: "records", Summary: plainReason(err)}})
		r.skip("the store cannot be read", "state", "indexes", "funnel")
		return nil
	}
	defer bdb.Close()
	d := &DB{path: path, bolt: bdb}
	why, bad := notCheckable(d)
	if bad || why == noDataYet {
		if bad {
			r.Problems = append(r.Problems, Problem{Area: "file", Summary: why})
		}
		r.skip(why, "records", "state", "indexes", "funnel")
		return nil
	}
	// A store from an older lifesim holds records in an older format:
	// only that each is well formed is checked, not what this lifesim
	// would read from it (it does so after the upgrade).
	older := why != ""
	rc := recordCheck{d: d, rawOnly: older}
	rc.run()
	note := fmt.Sprintf("%d records decode", rc.records)
	if older {
		note = fmt.Sprintf("%d records are well formed; %s", rc.records, why)
	}
	if !r.step("records", note, rc.problems) {
		r.skip("records are damaged", "state", "indexes", "funnel")
		return nil
	}
	if older {
		r.skip(why, "state")
	} else {
		sc := stateCheck{d: d}
		sc.run()
		r.step("state", fmt.Sprintf("%d personas agree with %d events", sc.personas, sc.events), sc.problems)
	}
	ic := indexCheck{d: d}
	ic.run()
	r.step("indexes", fmt.Sprintf("%d index entries point at records that exist", ic.entries), ic.problems)
	if older {
		r.skip(why, "funnel")
		return nil
	}
	ac := aggregateCheck{d: d}
	ac.run()
	r.step("funnel", fmt.Sprintf("kept for %d %s, the fold of %d %s", ac.sessions, plural(ac.sessions, "session", "sessions"), ac.events, plural(ac.events, "event", "events")), ac.problems)
	return nil
}

// noDataYet: a bbolt file with no buckets, left by a crash between
// creating the file and its buckets; Open sets it up.
const noDataYet = "it holds no lifesim data yet"

// notCheckable says why the records of a store this lifesim would not
// read as they are cannot be checked ("" if they can), and whether that
// is a problem (another program's file, a newer lifesim's) or not (a store
// this lifesim upgrades when it opens it).
func notCheckable(d *DB) (why string, problem bool) {
	_ = d.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bktMeta)
		empty := true
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
		switch {
		case meta == nil && empty:
			why = noDataYet
		case meta == nil || string(meta.Get(metaApp)) != string(appValue):
			why, problem = "it is a bbolt database of another program", true
		default:
			v, err := strconv.Atoi(string(meta.Get(metaSchema)))
			switch {
			case err != nil || v > schemaVersion:
				why, problem = fmt.Sprintf("it has schema version %q, which this lifesim does not understand", meta.Get(metaSchema)), true
			case v < schemaVersion:
				why = fmt.Sprintf("it is from an older lifesim (schema %d); it is upgraded the next time lifesim opens it", v)
			}
		}
		return nil
	})
	return why, problem
}
