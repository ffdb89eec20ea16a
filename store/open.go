package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// DefaultLockTimeout is how long Open waits for another holder of the file
// before failing with ErrLocked.
const DefaultLockTimeout = time.Second

// metaApp/appValue mark a bbolt file as lifesim's (meta bucket, key "app").
var (
	metaApp  = []byte("app")
	appValue = []byte("lifesim")
)

// Options tune Open. The zero value is right for the app.
type Options struct {
	// Now, when set, is "now" for ranking the Recommended feed (recency).
	// When nil, the world's Settings.Epoch is used, so the feed is the same
	// on every run.
	Now func() time.Time
	// Clock, when set, is when every action and event happens: it is read
	// inside the write transaction that assigns the event's sequence
	// number, so the log's times follow its order (the app). When nil, the
	// actor's time is used (the simulator and tests set time themselves).
	Clock func() time.Time
	// LockTimeout is how long to wait for another process holding the file;
	// zero means DefaultLockTimeout.
	LockTimeout time.Duration
}

// DB is the bbolt-backed store. It implements Store. It is safe for
// concurrent use: bbolt serialises writers and lets readers run alongside.
type DB struct {
	path string
	bolt *bolt.DB
	now  func() time.Time
	// clock is Options.Clock.
	clock func() time.Time
	// damage is the first damage seen at run time; writes stop (damage.go).
	damage damageState
	// appends wakes the log's readers after each commit that appended
	// events, and at Close (appends.go).
	appends appendSignal
	// watch walks the pages of a store too big to walk before use
	// (pagewatch.go).
	watch pageWatch
}

var _ Store = (*DB)(nil)

// Open opens (creating if needed) the lifesim store at path. The parent
// directory is created with mode 0700 and the file with 0600. A file held by
// another lifesim fails within the lock timeout with ErrLocked; a file that
// is not lifesim's (ErrForeign), of another schema version (ErrSchema) or
// unreadable (ErrCorrupt) fails without being modified; a file or directory
// that cannot be created or written fails with ErrAccess. Every error names
// the path and says what to do.
//
// Creating and upgrading is one transaction. A store that needs neither is
// not written at all: opening it commits nothing (no fsync at start-up).
// Open does not seed: the world is written by SeedWorld.
func Open(path string, opts Options) (*DB, error) {
	if path == "" {
		return nil, invalid("store path is empty")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, dirError(path, err)
	}
	return openChecked(path, opts, false, func(d *DB) error {
		err := d.view(func(tx *bolt.Tx) error { return currentFor(tx, path) })
		if !errors.Is(err, errNotCurrent) {
			return err
		}
		return d.update(func(tx *bolt.Tx) error { return initBuckets(tx, path) })
	})
}

// openChecked checks an existing file without mapping it for writing,
// opens it (read-only or not) and runs ready on the opened store, closing
// it again if ready fails.
func openChecked(path string, opts Options, readOnly bool, ready func(*DB) error) (*DB, error) {
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	walkLater, err := checkExisting(path, timeout, !readOnly)
	if err != nil {
		return nil, err
	}
	bdb, err := openBolt(path, timeout, readOnly)
	if err != nil {
		return nil, err
	}
	d := &DB{path: path, bolt: bdb, now: opts.Now, clock: opts.Clock}
	fail := func(err error) (*DB, error) {
		d.stopWatch() // an upgrade in ready may have started it
		_ = bdb.Close()
		return nil, err
	}
	if err := ready(d); err != nil {
		return fail(err)
	}
	// The log's readers wait for events after the last one there now.
	if err := d.view(func(tx *bolt.Tx) error { d.appends.committed(lastSeq(tx)); return nil }); err != nil {
		return fail(err)
	}
	if walkLater {
		d.watchPages()
	}
	return d, nil
}

// Path is the file the store lives in.
func (d *DB) Path() string { return d.path }

// Close releases the file. Every committed action is already on disk.
// Whoever waits for appends is woken (and finds reads failing). A walk of
// the pages beside the app is stopped first.
func (d *DB) Close() error {
	defer d.appends.close()
	stopped := d.stopWatch()
	if d.Damaged() != nil || !stopped {
		return d.closeDamaged()
	}
	if err := d.bolt.Close(); err != nil {
		return fmt.Errorf("store %s: close: %w", d.path, err)
	}
	return nil
}

// checkExisting checks a non-empty file's pages and, with beforeWrite,
// inspects it read-only, so that a file which is not lifesim's, or of
// another schema, is reported without a single byte written (a read-write
// bbolt open may commit a transaction by itself). A read-only open leaves
// the inspection to its own first transaction. walkLater: the file is too
// big to walk now, and its pages are to be walked beside the app.
func checkExisting(path string, timeout time.Duration, beforeWrite bool) (walkLater bool, err error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, accessError(path, err)
	case info.IsDir():
		return false, &fileError{kind: ErrAccess, msg: fmt.Sprintf("store %s is a directory", path), hint: otherFile}
	case info.Size() == 0:
		return false, nil
	}
	if walkLater, err = checkFile(path, timeout); err != nil || !beforeWrite {
		return walkLater, err
	}
	bdb, err := openBolt(path, timeout, true)
	if err != nil {
		return false, err
	}
	defer bdb.Close()
	return walkLater, guard(path, func() error {
		return bdb.View(func(tx *bolt.Tx) error { return inspect(tx, path) })
	})
}

// inspect accepts a lifesim file of this schema, or a bbolt file with no
// buckets at all (left by a crash between creating the file and its
// buckets).
func inspect(tx *bolt.Tx, path string) error {
	meta := tx.Bucket(bktMeta)
	if meta == nil {
		empty := true
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error {
			empty = false
			return errors.New("stop")
		})
		if empty {
			return nil
		}
		return foreignError(path)
	}
	if string(meta.Get(metaApp)) != string(appValue) {
		return foreignError(path)
	}
	// Older versions are migrated on open; newer ones are refused.
	if v, err := storedVersion(tx); err != nil || v > schemaVersion {
		return schemaError(path, string(meta.Get(metaSchema)))
	}
	return nil
}

// initBuckets checks the file again (inside the writer's lock) and creates
// whatever buckets are missing, all in one transaction.
func initBuckets(tx *bolt.Tx, path string) error {
	if err := inspect(tx, path); err != nil {
		return err
	}
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("store %s: create bucket %s: %w", path, name, err)
		}
	}
	meta := tx.Bucket(bktMeta)
	if meta.Get(metaApp) == nil {
		if err := meta.Put(metaApp, appValue); err != nil {
			return err
		}
		return meta.Put(metaSchema, []byte(strconv.Itoa(schemaVersion)))
	}
	return migrate(tx, path)
}

// openBolt opens the file with a lock timeout and turns bbolt's errors and
// panics into the store's.
func openBolt(path string, timeout time.Duration, readOnly bool) (db *bolt.DB, err error) {
	err = guard(path, func() error {
		var oerr error
		db, oerr = bolt.Open(path, 0o600, &bolt.Options{Timeout: timeout, ReadOnly: readOnly})
		return oerr
	})
	if err == nil {
		return db, nil
	}
	var fe *fileError
	var pe *fs.PathError
	switch {
	case errors.As(err, &fe):
		return nil, err
	case errors.Is(err, berrors.ErrTimeout):
		return nil, lockedError(path)
	case errors.As(err, &pe):
		return nil, accessError(path, err)
	}
	return nil, corruptError(path, err)
}

// guard runs fn, turning a panic (bbolt panics on some damaged pages) into
// ErrCorrupt naming the path. A fault on the memory map (the file cut
// short under it) becomes such a panic too, instead of killing the process.
func guard(path string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = corruptError(path, panicError{r})
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return fn()
}

// view runs a read transaction.
func (d *DB) view(fn func(tx *bolt.Tx) error) error {
	return d.wrap(guard(d.path, func() error { return d.bolt.View(fn) }), false)
}

// update runs a write transaction; it is committed (and synced) before
// update returns nil, or rolled back entirely. Every write goes through
// it, so it is where the log's readers learn of appended events: after
// the commit, never for a rolled-back transaction.
// Once damage was seen, it writes nothing (damage.go).
func (d *DB) update(fn func(tx *bolt.Tx) error) error {
	if err := d.stopped(); err != nil {
		return err
	}
	var last uint64
	err := guard(d.path, func() error {
		return d.bolt.Update(d.watched(func(tx *bolt.Tx) error {
			if err := fn(tx); err != nil {
				return err
			}
			last = lastSeq(tx)
			return nil
		}))
	})
	if err != nil {
		return d.wrap(err, true)
	}
	d.appends.committed(last)
	return nil
}

// wrap turns damage into ErrDamaged and names the path on bbolt's own
// errors; the store's errors pass as they are.
func (d *DB) wrap(err error, write bool) error {
	if err == nil {
		return nil
	}
	if dmg := d.noticeDamage(err, write); dmg != nil {
		return dmg
	}
	for _, be := range []error{berrors.ErrDatabaseNotOpen, berrors.ErrDatabaseReadOnly, berrors.ErrMaxSizeReached} {
		if errors.Is(err, be) {
			return fmt.Errorf("store %s: %w", d.path, err)
		}
	}
	return err
}
