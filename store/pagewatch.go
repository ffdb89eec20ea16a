package store

import (
	"context"
	"os"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A store bigger than fullWalkMax is not walked before it is mapped
// (filecheck.go): its pages are walked here, beside the app, walkFirstAfter
// after Open and then every walkEvery, by one goroutine that Close stops.
//
// The walk reads the file, not the map, and the file changes under it as
// the app writes. So it holds a bbolt read transaction for as long as it
// walks, and walks the tree of that transaction's meta page: bbolt never
// reuses a page reachable from the snapshot of an open read transaction,
// nor one freed after it, so the pages the walk reads hold what they held
// when it began. (A newer meta would not do: bbolt may reuse a page that a
// commit after the snapshot wrote and a later one freed.) Damage found
// stops the writes, as damage seen at run time does (damage.go).
//
// A write that must grow bbolt's memory map waits for every open read
// transaction, this walk's too, and reads begun after it wait behind it:
// such a write (a handful while a big world is seeded, rarely after) may
// wait for a walk, a fraction of a second on a 485 MB store. So the walk
// is kept fast (pagewalk.go) and rare.

// Between two walks of a big store: at least walkEveryMin, and walkFactor
// times as long as the last walk took, so the walk takes at most a
// twentieth of a core and of the time a growing write may wait.
var (
	walkEveryMin = time.Minute
	walkFactor   = 20
)

// walkFirstAfter is how long after Open the first walk waits. A walk
// keeps a core busy (a fifth of a second on a 500 MB store), and the app
// has two cores for its first frame, its first loads and app_start's
// commit; those are over well within it, and damage is still found
// about as soon as anyone could act on it.
var walkFirstAfter = time.Second

// snapshotTries is how often a walk begins a read transaction again when
// commits since it began overwrote its meta page in the file (two commits
// in the microseconds in between); after that it tries at the next walk.
const snapshotTries = 3

// beforeWalk, when set (tests only), is called before each walk beside
// the app, with the context Close cancels.
var beforeWalk func(ctx context.Context)

// pageWatch is the walk beside the app of one DB.
type pageWatch struct {
	mu      sync.Mutex
	running bool
	closed  bool // Close was called: no walk starts any more
	cancel  context.CancelFunc
	done    chan struct{} // closed when the goroutine has returned
	walked  chan struct{} // closed when the first walk is over (tests)
}

// watchPages starts the walk beside the app, unless it runs already or
// the store was closed.
func (d *DB) watchPages() {
	w := &d.watch
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.running || w.closed {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	w.running, w.cancel = true, cancel
	w.done, w.walked = make(chan struct{}), make(chan struct{})
	go d.watchLoop(ctx, w.done, w.walked)
}

// stopWatch cancels the walk and waits for it, for at most closeWait (a
// walk notices within one page). It reports whether no walk is left
// holding a read transaction.
func (d *DB) stopWatch() bool {
	w := &d.watch
	w.mu.Lock()
	w.closed = true
	running, done := w.running, w.done
	if running {
		w.cancel()
	}
	w.mu.Unlock()
	if !running {
		return true
	}
	select {
	case <-done:
		return true
	case <-time.After(closeWait):
		return false
	}
}

// watchLoop walks the pages until ctx is done or a walk finds damage.
func (d *DB) watchLoop(ctx context.Context, done, walked chan struct{}) {
	defer close(done)
	wait := walkFirstAfter
	for first := true; ; first = false {
		if !pause(ctx, wait) {
			if first {
				close(walked)
			}
			return
		}
		if beforeWalk != nil {
			beforeWalk(ctx)
		}
		took, err := d.walkSnapshot(ctx)
		if err != nil {
			_ = d.noticeDamage(err, false)
		}
		if first {
			close(walked)
		}
		if err != nil {
			return
		}
		wait = max(walkEveryMin, time.Duration(walkFactor)*took)
	}
}

// pause waits for d, or until ctx is done (false); no wait at all when d
// is not positive.
func pause(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// walkSnapshot walks the pages of the last commit and returns how long
// that took and the first problem found, as an error. A walk cut short by
// ctx, or that found no snapshot to walk, finds nothing.
func (d *DB) walkSnapshot(ctx context.Context) (time.Duration, error) {
	if ctx.Err() != nil {
		return 0, nil
	}
	f, err := os.Open(d.path)
	if err != nil {
		return 0, nil // gone or unreadable: bbolt's own reads report what matters
	}
	defer f.Close()
	start := time.Now()
	for range snapshotTries {
		var p *Problem
		// guard: beginning a transaction reads the meta pages, and bbolt
		// panics if both are damaged; this goroutine must not.
		err := guard(d.path, func() error {
			tx, err := d.bolt.Begin(false)
			if err != nil {
				return nil // closed
			}
			defer func() { _ = tx.Rollback() }()
			p = walkTx(ctx, f, tx)
			return nil
		})
		switch {
		case err != nil:
			return time.Since(start), err
		case p == errNoMeta:
			continue
		case p != nil:
			return time.Since(start), pageDamage{*p}
		}
		return time.Since(start), nil
	}
	return time.Since(start), nil
}

// walkTx walks the pages of tx's snapshot in f while tx is open; the
// problem is the first found, or errNoMeta if tx's meta page is no longer
// in the file.
func walkTx(ctx context.Context, f *os.File, tx *bolt.Tx) *Problem {
	pf, p := readHeaderOf(f, uint64(tx.ID()))
	if p != nil {
		return p
	}
	if w := walkPagesUntil(ctx, pf); len(w.problems) > 0 {
		return &w.problems[0]
	}
	return nil
}
