package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Damage found while the app runs (a panic out of bbolt, a fault on the
// memory map, a record that no longer decodes) means the file can no
// longer be trusted: writing more into it could spread the damage. The
// first time it is seen the DB stops writing; reads go on, so the screen
// can still show what it can. Every later write fails with ErrDamaged.

// ErrDamaged: damage was found while the store was open, so it stopped
// saving. It also matches ErrCorrupt.
var ErrDamaged = errors.New("store is damaged; nothing more is saved")

// damageState is the first damage the DB saw.
type damageState struct {
	mu     sync.Mutex
	reason string
	cause  error
	closed bool      // Close was called
	walked time.Time // when a write last walked the file's pages
}

// damagedError is shown for damage seen at run time: plain words, the
// path in the command to run, and the raw cause only as detail.
type damagedError struct {
	path, reason string
	write        bool // a write that was not saved
	done         bool // said once the app is done with the store
	cause        error
}

func (e *damagedError) Error() string {
	check := fmt.Sprintf("`lifesim check --db %s`", shellQuote(e.path))
	switch {
	case e.done:
		return fmt.Sprintf("store %s was found damaged while lifesim ran (%s), so nothing after that was saved; run %s to see what is wrong", e.path, e.reason, check)
	case e.write:
		return fmt.Sprintf("not saved: the store is damaged (%s); %s says what is wrong", e.reason, check)
	}
	return fmt.Sprintf("the store is damaged (%s), so lifesim saves nothing more to it; %s says what is wrong", e.reason, check)
}

func (e *damagedError) Unwrap() []error {
	if e.cause == nil {
		return []error{ErrDamaged, ErrCorrupt}
	}
	return []error{ErrDamaged, ErrCorrupt, e.cause}
}

// stopped is the error for a write after damage was seen, or nil.
func (d *DB) stopped() error {
	d.damage.mu.Lock()
	defer d.damage.mu.Unlock()
	if d.damage.reason == "" {
		return nil
	}
	return &damagedError{path: d.path, reason: d.damage.reason, write: true, cause: d.damage.cause}
}

// Damaged is the damage seen since Open (ErrDamaged), or nil: for a
// caller to say, when it is done, that what followed was not saved.
func (d *DB) Damaged() error {
	d.damage.mu.Lock()
	defer d.damage.mu.Unlock()
	if d.damage.reason == "" {
		return nil
	}
	return &damagedError{path: d.path, reason: d.damage.reason, done: true, cause: d.damage.cause}
}

// closeDamaged closes a store after damage, or with a walk beside the app
// that did not stop in time. A fault inside bbolt's own rollback can leave
// its writer lock taken, and a walk holds a read transaction; bbolt's Close
// would wait for either, for ever; so Close waits a moment and otherwise
// leaves the file to be released when the process exits.
func (d *DB) closeDamaged() error {
	d.damage.mu.Lock()
	again := d.damage.closed
	d.damage.closed = true
	d.damage.mu.Unlock()
	if again {
		return nil
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = guard(d.path, d.bolt.Close)
	}()
	select {
	case <-done:
	case <-time.After(closeWait):
	}
	return nil
}

// closeWait is how long closeDamaged waits for bbolt.
const closeWait = 500 * time.Millisecond

// noticeDamage returns the error to show if err is damage (remembering it,
// so writes stop), or nil if err is an ordinary error.
func (d *DB) noticeDamage(err error, write bool) error {
	if !isDamage(err) {
		return nil
	}
	d.damage.mu.Lock()
	defer d.damage.mu.Unlock()
	if d.damage.reason == "" {
		d.damage.reason, d.damage.cause = plainReason(err), err
	}
	return &damagedError{path: d.path, reason: plainReason(err), write: write, cause: err}
}

// isDamage reports whether err says the file is damaged rather than that
// a request was wrong.
func isDamage(err error) bool {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	return errors.Is(err, ErrCorrupt) || errors.As(err, &se) || errors.As(err, &te) ||
		errors.Is(err, berrors.ErrInvalid) || errors.Is(err, berrors.ErrChecksum) ||
		errors.Is(err, berrors.ErrVersionMismatch)
}

// rewalkEvery is how often a write first walks the file's pages, so that
// damage done to the file while lifesim holds it (by another program, a
// disk) stops the writes before they spread it. That is for a store up to
// fullWalkMax, which the walk reads in a few milliseconds; a bigger one is
// walked beside the app instead (pagewatch.go), never inside a write.
var rewalkEvery = 2 * time.Second

// watched is fn, first walking the pages if it is time to. It runs inside
// the write transaction, so the file holds the last commit and no other.
// A store grown past fullWalkMax (a big world seeded) is handed to the
// walk beside the app.
func (d *DB) watched(fn func(*bolt.Tx) error) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		if tx.Size() > fullWalkMax {
			d.watchPages()
			return fn(tx)
		}
		d.damage.mu.Lock()
		// The first write follows Open, which walked the file already.
		due := !d.damage.walked.IsZero() && time.Since(d.damage.walked) >= rewalkEvery
		if due || d.damage.walked.IsZero() {
			d.damage.walked = time.Now()
		}
		d.damage.mu.Unlock()
		if due {
			if err := d.rewalk(); err != nil {
				return err
			}
		}
		return fn(tx)
	}
}

// rewalk walks the file's pages; an error is the first problem found.
func (d *DB) rewalk() error {
	f, err := os.Open(d.path)
	if err != nil {
		return nil // gone or unreadable: bbolt's own write reports what matters
	}
	defer f.Close()
	if _, _, probs := inspectFile(f); len(probs) > 0 {
		return pageDamage{probs[0]}
	}
	return nil
}
