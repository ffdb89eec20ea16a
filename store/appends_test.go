package store

import (
	"testing"
	"time"

	"lifesim/model"
)

// hangAfter bounds every wait below: a woken waiter is woken at once, so
// reaching it is a failure, not slowness.
const hangAfter = 10 * time.Second

func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

func awaitClosed(t *testing.T, what string, ch <-chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(hangAfter):
		t.Fatalf("%s: the waiter was not woken within %v", what, hangAfter)
	}
}

// A reader waiting after the last event is woken by an event another
// goroutine appends, and only once it is committed; a reader behind the
// log need not wait.
func TestAppendedWakesOnAnotherWritersEvent(t *testing.T) {
	db := seeded(t, testWorld())
	ch := db.Appended(0)
	if isClosed(ch) {
		t.Fatal("woken before anything was appended")
	}
	wrote := make(chan error, 1)
	go func() {
		wrote <- db.RecordEvent(model.NewEvent(model.Actor{Persona: "newuser", Session: "other", At: epoch}, model.EventAppStart, "newuser", "", ""))
	}()
	awaitClosed(t, "an event from another goroutine", ch)
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}
	evs, err := db.Events(0, 10)
	if err != nil || len(evs) != 1 {
		t.Fatalf("a woken reader finds %d events (%v); want 1", len(evs), err)
	}
	if !isClosed(db.Appended(0)) {
		t.Fatal("a reader behind the log must not wait")
	}
	next := db.Appended(evs[0].Seq)
	if isClosed(next) {
		t.Fatal("a reader at the end of the log must wait")
	}
	// A state write appends its event: it wakes too.
	if _, err := db.ToggleFavourite(actor("newuser", 1), "mp-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if !isClosed(next) {
		t.Fatal("a favourite's event did not wake the reader")
	}
}

// Writes that append nothing, or fail and roll back, wake no one.
func TestAppendedIgnoresWritesWithoutEvents(t *testing.T) {
	db := seeded(t, testWorld())
	ch := db.Appended(0)
	if _, err := db.ToggleFavourite(actor("newuser", 1), "no-such-mini-program", model.SourceSearch); err == nil {
		t.Fatal("toggling an unknown mini program succeeded")
	}
	if _, err := db.Seed(testWorld(), "hash-2"); err != nil {
		t.Fatal(err)
	}
	if isClosed(ch) {
		t.Fatal("woken by a write that appended no event")
	}
}

// Close wakes every waiter, including one blocked in another goroutine,
// and later waits end at once: nothing is left waiting on a closed store.
func TestAppendedEndsAtClose(t *testing.T) {
	db := seeded(t, testWorld())
	ch := db.Appended(0)
	ended := make(chan struct{})
	go func() {
		<-ch
		close(ended)
	}()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	awaitClosed(t, "a waiter at Close", ended)
	if !isClosed(db.Appended(1 << 40)) {
		t.Fatal("a wait on a closed store must end at once")
	}
	if _, err := db.Events(0, 1); err == nil {
		t.Fatal("a woken reader of a closed store should find reads failing")
	}
}

// A store opened on a log that has events knows where it ends, read-only
// or not.
func TestAppendedAfterReopen(t *testing.T) {
	db := seeded(t, testWorld())
	for range 3 {
		if err := db.RecordEvent(model.NewEvent(actor("newuser", 0), model.EventAppStart, "newuser", "", "")); err != nil {
			t.Fatal(err)
		}
	}
	path := db.Path()
	db = reopen(t, db)
	if !isClosed(db.Appended(2)) || isClosed(db.Appended(3)) {
		t.Fatal("a reopened store does not know its last event")
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := OpenForReading(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if !isClosed(ro.Appended(2)) || isClosed(ro.Appended(3)) {
		t.Fatal("a read-only store does not know its last event")
	}
}
