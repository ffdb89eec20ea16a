package store

import (
	"errors"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// errNotCurrent: the store must be created, upgraded or reseeded before a
// read-only open can read it.
var errNotCurrent = errors.New("store is not current")

// OpenForReading opens the store for commands that only read (state,
// events, funnel, personas…). A current store is opened read-only and never
// changes by a byte. A store that does not exist yet, was written by an
// older lifesim, or holds another world than opts.World is first brought up
// to date by one read-write Open (one transaction) and then opened
// read-only. On a file that cannot be written, a current store reads fine
// and one that needs an upgrade fails with a one-line error saying so.
func OpenForReading(path string, opts Options) (*DB, error) {
	db, err := openReadOnly(path, opts)
	if !errors.Is(err, errNotCurrent) {
		return db, err
	}
	_, statErr := os.Stat(path)
	existed := statErr == nil
	rw, err := Open(path, opts)
	if err != nil {
		var fe *fileError
		if existed && errors.Is(err, ErrAccess) && errors.As(err, &fe) {
			return nil, &fileError{kind: ErrAccess, cause: fe.cause,
				msg:  fmt.Sprintf("store %s was written by an older lifesim or world and needs a one-time upgrade, but cannot be written", path),
				hint: "make it writable and run the command again, or " + otherFile}
		}
		return nil, err
	}
	if err := rw.Close(); err != nil {
		return nil, err
	}
	return openReadOnly(path, opts)
}

// openReadOnly opens an existing, current store without write access. It
// returns errNotCurrent for a missing or empty file, an older schema, or a
// world other than opts.World.
func openReadOnly(path string, opts Options) (*DB, error) {
	if path == "" {
		return nil, invalid("store path is empty")
	}
	info, err := os.Stat(path)
	switch {
	case err != nil:
		// Missing, or a path Open must explain (through a file, no
		// permission): Open creates it or says what is wrong.
		return nil, errNotCurrent
	case info.IsDir():
		return nil, &fileError{kind: ErrAccess, msg: fmt.Sprintf("store %s is a directory", path), hint: otherFile}
	case info.Size() == 0:
		return nil, errNotCurrent
	}
	return openChecked(path, opts, true, func(d *DB) error {
		return d.view(func(tx *bolt.Tx) error { return currentFor(tx, path, opts) })
	})
}

// currentFor reports errNotCurrent unless the store needs no write at all
// to serve opts: every bucket exists, the schema is this build's and the
// world is opts.World's.
func currentFor(tx *bolt.Tx, path string, opts Options) error {
	if err := inspect(tx, path); err != nil {
		return err
	}
	for _, name := range allBuckets {
		if tx.Bucket(name) == nil {
			return errNotCurrent
		}
	}
	if v, err := storedVersion(tx); err != nil || v != schemaVersion {
		return errNotCurrent
	}
	if opts.World != nil && !worldCurrent(tx, opts.WorldHash) {
		return errNotCurrent
	}
	return nil
}

// ReadOnly reports whether the store was opened for reading only.
func (d *DB) ReadOnly() bool { return d.bolt.IsReadOnly() }
