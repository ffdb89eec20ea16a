package store

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// plainDamage fails unless err is a one-line ErrDamaged naming the path and
// free of bbolt's and the runtime's words.
func plainDamage(t *testing.T, what string, err error, path string) {
	t.Helper()
	if !errors.Is(err, ErrDamaged) || !errors.Is(err, ErrCorrupt) {
		t.Fatalf("%s: err = %v; want ErrDamaged", what, err)
	}
	msg := err.Error()
	for _, raw := range []string{"panic", "assertion", "invalid character", "goroutine", "runtime", "\n"} {
		if strings.Contains(msg, raw) {
			t.Errorf("%s: message shows %q: %s", what, raw, msg)
		}
	}
	if !strings.Contains(msg, path) || !strings.Contains(msg, "lifesim check") {
		t.Errorf("%s: message does not name the path and the way out: %s", what, msg)
	}
}

// A record that no longer decodes stops every later write; reads go on.
func TestDecodeFailureStopsWrites(t *testing.T) {
	db := seeded(t, testWorld())
	if _, err := db.ToggleFavourite(actor("newuser", 1), "mp-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bktUsers).Bucket([]byte("newuser")).Put(userFavourites, []byte("{\x00garbage"))
	})
	if err != nil {
		t.Fatal(err)
	}
	before := fileSum(t, db.Path())
	_, err = db.State("newuser")
	plainDamage(t, "State", err, db.Path())
	if !strings.Contains(err.Error(), "a record cannot be read") {
		t.Errorf("State: %v", err)
	}
	_, err = db.ToggleFavourite(actor("returning", 2), "mp-bk", model.SourceSearch)
	plainDamage(t, "ToggleFavourite after damage", err, db.Path())
	if !strings.HasPrefix(err.Error(), "not saved: ") {
		t.Errorf("a refused write should say it was not saved: %v", err)
	}
	if err := db.RecordEvent(model.NewEvent(actor("returning", 3), model.EventTab, "", "", "")); !errors.Is(err, ErrDamaged) {
		t.Errorf("RecordEvent after damage: %v", err)
	}
	if _, err := db.Post("p1"); err != nil {
		t.Errorf("reads should go on after damage: %v", err)
	}
	if fileSum(t, db.Path()) != before {
		t.Error("the damaged file was written to")
	}
}

// A panic out of bbolt (a page that is not what it should be) reads as a
// plain sentence and stops writes.
func TestTxPanicStopsWrites(t *testing.T) {
	db := seeded(t, testWorld())
	err := db.view(func(*bolt.Tx) error {
		panic("assertion failed: Page expected to be: 92, but self identifies as 7")
	})
	plainDamage(t, "view", err, db.Path())
	if !strings.Contains(err.Error(), "page 92 is not what its parent expects") {
		t.Errorf("view: %v", err)
	}
	err = db.update(func(*bolt.Tx) error { panic("bad page") })
	plainDamage(t, "update", err, db.Path())
	_, err = db.ToggleFavourite(actor("newuser", 1), "mp-kfc", model.SourceSearch)
	plainDamage(t, "write after the panic", err, db.Path())
	// the panicking transactions were released: reads go on, Close returns
	if _, err := db.Post("p1"); err != nil {
		t.Errorf("read after recovered panics: %v", err)
	}
	if err := db.Close(); err != nil {
		t.Error(err)
	}
}

// The file cut short under an open store faults on the memory map; the
// fault is caught, reported, and writing stops, instead of a crash.
func TestFaultOnMapIsCaught(t *testing.T) {
	db := seeded(t, bigWorld(400, 10))
	if err := os.Truncate(db.Path(), 8192); err != nil {
		t.Fatal(err)
	}
	var errs []error
	for _, read := range []func() error{
		func() error { _, err := db.Search("generated", 5); return err },
		func() error { _, err := db.Post("gen-p000399"); return err },
		func() error { _, err := db.State("returning"); return err },
	} {
		errs = append(errs, read())
	}
	if errors.Join(errs...) == nil {
		t.Fatal("no read noticed the file was cut short")
	}
	for _, err := range errs {
		if err != nil {
			plainDamage(t, "read", err, db.Path())
		}
	}
	_, err := db.ToggleFavourite(actor("newuser", 1), "mp-kfc", model.SourceSearch)
	plainDamage(t, "write", err, db.Path())
}

// A fault inside a write (bbolt's rollback faults too and keeps its writer
// lock) leaves later writes refused and Close returning, not hanging.
func TestFaultInWriteThenClose(t *testing.T) {
	db := seeded(t, bigWorld(400, 10))
	if err := os.Truncate(db.Path(), 8192); err != nil {
		t.Fatal(err)
	}
	_, err := db.ToggleFavourite(actor("newuser", 1), "mp-kfc", model.SourceSearch)
	plainDamage(t, "write", err, db.Path())
	_, err = db.ToggleFollow(actor("newuser", 2), "acct-kfc", model.SourceSearch)
	plainDamage(t, "second write", err, db.Path())
	if !errors.Is(db.Damaged(), ErrDamaged) {
		t.Errorf("Damaged = %v", db.Damaged())
	}
	done := make(chan error, 1)
	go func() { done <- db.Close() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close hangs after a fault in a write")
	}
}

// A page damaged while the store is open (another program writing into
// the file) stops the next write before it can spread the damage.
func TestPageDamagedWhileOpenStopsWrites(t *testing.T) {
	defer func(d time.Duration) { rewalkEvery = d }(rewalkEvery)
	rewalkEvery = 0
	db := seeded(t, bigWorld(400, 10))
	if _, err := db.ToggleFavourite(actor("newuser", 1), "mp-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(db.Path(), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, walk, _ := inspectFile(f)
	junk := make([]byte, walk.pf.pageSize)
	for i := range junk {
		junk[i] = byte(i*31 + 7)
	}
	page := int64(walk.pf.meta.root) // the root bucket's page
	if _, err := f.WriteAt(junk, page*int64(walk.pf.pageSize)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := fileSum(t, db.Path())
	_, err = db.ToggleFavourite(actor("newuser", 2), "mp-bk", model.SourceSearch)
	plainDamage(t, "write after the page was damaged", err, db.Path())
	if !strings.Contains(err.Error(), fmt.Sprintf("page %d", page)) {
		t.Errorf("the message does not name page %d: %v", page, err)
	}
	if fileSum(t, db.Path()) != before {
		t.Error("the damaged file was written to")
	}
}
