package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// The tests here lower fullWalkMax so that a small store is "big": it is
// opened without a page walk and walked beside the app instead.

// asBig makes every store bigger than fullWalkMax until the test ends,
// and walks it beside the app at once after Open.
func asBig(t *testing.T) {
	t.Helper()
	was, after := fullWalkMax, walkFirstAfter
	fullWalkMax, walkFirstAfter = 0, 0
	t.Cleanup(func() { fullWalkMax, walkFirstAfter = was, after })
}

// gateWalks holds every walk beside the app at its start until release
// is closed or the store is closed; started hears of each walk held.
func gateWalks(t *testing.T) (started chan struct{}, release chan struct{}) {
	t.Helper()
	started, release = make(chan struct{}, 8), make(chan struct{})
	beforeWalk = func(ctx context.Context) {
		select {
		case started <- struct{}{}:
		default:
		}
		select {
		case <-release:
		case <-ctx.Done():
		}
	}
	t.Cleanup(func() { beforeWalk = nil })
	return started, release
}

// firstWalk waits for the first walk beside the app to be over.
func firstWalk(t *testing.T, db *DB) {
	t.Helper()
	db.watch.mu.Lock()
	walked := db.watch.walked
	db.watch.mu.Unlock()
	if walked == nil {
		t.Fatal("no walk beside the app was started")
	}
	select {
	case <-walked:
	case <-time.After(30 * time.Second):
		t.Fatal("the walk beside the app never finished")
	}
}

// bigStoreFile is a closed store with the test helpers' bigWorld and a
// favourite saved.
func bigStoreFile(t *testing.T) string {
	t.Helper()
	db := seeded(t, bigWorld(400, 10))
	if _, err := db.ToggleFavourite(actor("newuser", 1), "mp-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return db.Path()
}

// damagePostsRoot overwrites the root page of the posts bucket of the
// closed store at path with junk, a page that opening the store does not
// read, and returns its id.
func damagePostsRoot(t *testing.T, path string) uint64 {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	return damagePostsRootOf(t, bdb, path)
}

// damagePostsRootOf is damagePostsRoot on the file bdb has open.
func damagePostsRootOf(t *testing.T, bdb *bolt.DB, path string) uint64 {
	t.Helper()
	var page uint64
	_ = bdb.View(func(tx *bolt.Tx) error {
		page = uint64(tx.Bucket(bktPosts).Root())
		return nil
	})
	ps := bdb.Info().PageSize
	if page == 0 {
		t.Fatal("the posts bucket is inline; the world is too small for this test")
	}
	junk := make([]byte, ps)
	for i := range junk {
		junk[i] = byte(i*31 + 7)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(junk, int64(page)*int64(ps)); err != nil {
		t.Fatal(err)
	}
	return page
}

// A big store with a damaged page opens (no walk before the first frame),
// the walk beside the app finds the damage, and writes then stop, saying
// so, with the file left as it was.
func TestBigStoreDamageIsFoundBesideTheApp(t *testing.T) {
	path := bigStoreFile(t)
	page := damagePostsRoot(t, path)
	if _, err := Open(path, Options{}); err == nil {
		t.Fatal("a small damaged store opened; the test damages the wrong page")
	}
	asBig(t)
	before := fileSum(t, path)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("a big store was walked before it opened: %v", err)
	}
	defer db.Close()
	firstWalk(t, db)
	plainDamage(t, "Damaged", db.Damaged(), path)
	_, err = db.ToggleFavourite(actor("newuser", 2), "mp-bk", model.SourceSearch)
	plainDamage(t, "write after the walk found damage", err, path)
	if !strings.Contains(err.Error(), "not saved") || !strings.Contains(err.Error(), "page") {
		t.Errorf("the refused write should say it was not saved and what is damaged: %v", err)
	}
	if st, err := db.State("newuser"); err != nil || len(st.Favourites) != 1 {
		t.Errorf("reads should go on: %v, %v", st.Favourites, err)
	}
	if err := db.Close(); err != nil {
		t.Error(err)
	}
	if fileSum(t, path) != before {
		t.Error("the damaged file was written to")
	}
	r, err := Check(path, 0)
	if err != nil || r.Healthy() {
		t.Fatalf("lifesim check walks every page, whatever the size: %v %+v", err, r)
	}
	if !strings.Contains(r.Problems[0].String(), "page") || page == 0 {
		t.Errorf("check: %v", r.Problems)
	}
}

// A healthy big store opens without waiting for its walk, writes go on
// while the walk runs, and none of them walks the file: a page damaged
// after the first walk, which no write reads, does not stop them (on a
// small store the next write would find it, TestPageDamagedWhileOpenStopsWrites).
func TestBigStoreOpensAndWritesWithoutAWalk(t *testing.T) {
	defer func(d time.Duration) { rewalkEvery = d }(rewalkEvery)
	rewalkEvery = 0
	path := bigStoreFile(t)
	asBig(t)
	started, release := gateWalks(t)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	<-started // Open returned with its walk held at the start
	close(release)
	firstWalk(t, db)
	if err := db.Damaged(); err != nil {
		t.Fatalf("a healthy store was found damaged: %v", err)
	}
	damagePostsRootOf(t, db.bolt, path)
	for i := range 3 {
		if _, err := db.ToggleFavourite(actor("newuser", 2+i), "mp-bk", model.SourceSearch); err != nil {
			t.Fatalf("write %d: %v", i, err)
		}
	}
	st, err := db.State("newuser")
	if err != nil || len(st.Favourites) != 2 {
		t.Errorf("favourites = %v, %v; want both saved", st.Favourites, err)
	}
}

// Close stops a walk that is running, and leaves no goroutine behind.
func TestCloseStopsTheWalk(t *testing.T) {
	path := bigStoreFile(t)
	asBig(t)
	started, _ := gateWalks(t) // held until Close cancels it
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	<-started
	closed := make(chan error, 1)
	go func() { closed <- db.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close waits for the walk")
	}
	select {
	case <-db.watch.done:
	default:
		t.Fatal("the walk's goroutine outlived Close")
	}
	if err := db.Damaged(); err != nil {
		t.Errorf("a walk stopped by Close reported damage: %v", err)
	}
}

// A store grown past fullWalkMax while open (a big world seeded into it)
// is walked beside the app from then on, not inside its writes.
func TestStoreGrownBigIsWalkedBesideTheApp(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "lifesim.db"))
	db.watch.mu.Lock()
	running := db.watch.running
	db.watch.mu.Unlock()
	if running {
		t.Fatal("a new store is walked beside the app")
	}
	asBig(t)
	if ok, err := db.Seed(testWorld(), "hash-1"); err != nil || !ok {
		t.Fatalf("Seed = %v, %v", ok, err)
	}
	firstWalk(t, db)
	if err := db.Damaged(); err != nil {
		t.Fatal(err)
	}
}

// Commands that only read follow the same rule: a big store opens for
// reading without a walk and is walked beside them.
func TestBigStoreForReading(t *testing.T) {
	path := bigStoreFile(t)
	damagePostsRoot(t, path)
	asBig(t)
	db, err := OpenForReading(path, Options{})
	if err != nil {
		t.Fatalf("OpenForReading walked a big store first: %v", err)
	}
	defer db.Close()
	firstWalk(t, db)
	if !errors.Is(db.Damaged(), ErrDamaged) {
		t.Errorf("Damaged = %v; want the damage the walk found", db.Damaged())
	}
}

// The cheap checks run whatever the size: a big store cut short is refused
// before it is mapped.
func TestBigStoreCutShortIsRefused(t *testing.T) {
	path := bigStoreFile(t)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, info.Size()/2); err != nil {
		t.Fatal(err)
	}
	asBig(t)
	_, err = Open(path, Options{})
	refused(t, "cut short", err, path)
	if !strings.Contains(err.Error(), "it was cut short") {
		t.Errorf("%v", err)
	}
}

// The walk reads the snapshot of its read transaction: commits made while
// it runs (which free, and then reuse, pages of that snapshot) change
// nothing it reads. Without the transaction held, the same walk over the
// same commits on the same file reads reused pages and reports damage
// that is not there.
func TestWalkReadsItsSnapshot(t *testing.T) {
	raw, err := os.ReadFile(bigStoreFile(t))
	if err != nil {
		t.Fatal(err)
	}
	if probs := walkAfterCommits(t, raw, false); len(probs) == 0 {
		t.Error("the walk of a released snapshot found nothing; the test does not reuse its pages")
	}
	if probs := walkAfterCommits(t, raw, true); len(probs) > 0 {
		t.Errorf("the walk of a held snapshot found damage: %v", probs)
	}
}

// walkAfterCommits reads the header of a read transaction's snapshot of
// the store raw, commits 20 collects (holding the transaction or not) and
// then walks that snapshot.
func walkAfterCommits(t *testing.T, raw []byte, hold bool) []Problem {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lifesim.db")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	// A map big enough that no commit waits for the read transaction to
	// grow it.
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{InitialMmapSize: 64 << 20})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tx, err := bdb.Begin(false)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback() }()
	txid := uint64(tx.ID())
	pf, p := readHeaderOf(f, txid)
	if p != nil {
		t.Fatal(p)
	}
	if !hold {
		_ = tx.Rollback()
	}
	d := &DB{path: path, bolt: bdb}
	for i := range 20 {
		post := model.PostID(fmt.Sprintf("gen-p%06d", (i*37)%400))
		if _, _, err := d.ToggleCollectPost(actor("newuser", 10+i), post); err != nil {
			t.Fatal(err)
		}
	}
	if _, p := readHeaderOf(f, txid); p != errNoMeta {
		t.Errorf("after 20 commits the snapshot's meta page is still in the file: %v", p)
	}
	return walkPagesUntil(context.Background(), pf).problems
}

// A walk whose context is done stops at once and reports nothing, even on
// a damaged file.
func TestCancelledWalkStops(t *testing.T) {
	path := bigStoreFile(t)
	damagePostsRoot(t, path)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pf, p := readHeader(f)
	if p != nil {
		t.Fatal(p)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := walkPagesUntil(ctx, pf)
	if !w.cancelled || len(w.problems) > 0 || len(w.inUse) > 2 {
		t.Errorf("cancelled walk: cancelled %v, %d problems, %d pages read", w.cancelled, len(w.problems), len(w.inUse))
	}
}
