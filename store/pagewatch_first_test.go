package store

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"lifesim/model"
)

// The first walk beside the app waits walkFirstAfter, so that it does not
// compete with the app's first frame: a store closed before then is never
// walked, and its Close does not wait for the pause.
func TestFirstWalkWaitsAfterOpen(t *testing.T) {
	path := bigStoreFile(t)
	asBig(t)
	walkFirstAfter = time.Hour
	var walks atomic.Int32
	beforeWalk = func(context.Context) { walks.Add(1) }
	t.Cleanup(func() { beforeWalk = nil })
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ToggleFavourite(actor("newuser", 2), "mp-bk", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if n := walks.Load(); n != 0 {
		t.Fatalf("%d walks began before walkFirstAfter", n)
	}
	db.watch.mu.Lock()
	walked := db.watch.walked
	db.watch.mu.Unlock()
	select {
	case <-walked:
	default:
		t.Fatal("a store closed before its first walk left the walk unfinished")
	}
}
