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
// events, funnel, search…). A current store is opened read-only and never
// changes by a byte. A store that does not exist yet or was written by an
// older lifesim is first brought up to date by one read-write Open (one
// transaction) and then opened read-only. On a file that cannot be
// written, a current store reads fine and one that needs an upgrade fails
// with a one-line error saying so. The world is the caller's to seed
// beforehand (OpenForUpdate, SeedWorld), when HoldsWorldAt says so.
func OpenForReading(path string, opts Options) (*DB, error) {
	db, err := openReadOnly(path, opts)
	if !errors.Is(err, errNotCurrent) {
		return db, err
	}
	rw, err := OpenForUpdate(path, opts)
	if err != nil {
		return nil, err
	}
	if err := rw.Close(); err != nil {
		return nil, err
	}
	return openReadOnly(path, opts)
}

// OpenForUpdate is Open for a command that only reads but must first bring
// the store up to date (upgrade it, or seed another world): on an existing
// file that cannot be written, its error says that a one-time upgrade is
// needed, rather than only that the file is not writable.
func OpenForUpdate(path string, opts Options) (*DB, error) {
	_, statErr := os.Stat(path)
	existed := statErr == nil
	db, err := Open(path, opts)
	var fe *fileError
	if err != nil && existed && errors.Is(err, ErrAccess) && errors.As(err, &fe) {
		return nil, &fileError{kind: ErrAccess, cause: fe.cause,
			msg:  fmt.Sprintf("store %s was written by an older lifesim or world and needs a one-time upgrade, but cannot be written", path),
			hint: "make it writable and run the command again, or " + otherFile}
	}
	return db, err
}

// openReadOnly opens an existing, current store without write access. It
// returns errNotCurrent for a missing or empty file or an older schema.
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
		return d.view(func(tx *bolt.Tx) error { return currentFor(tx, path) })
	})
}

// currentFor reports errNotCurrent unless the store needs no write at all
// before it is used: every bucket exists and the schema is this build's.
// (Whether it holds the caller's world is HoldsWorld's question.)
func currentFor(tx *bolt.Tx, path string) error {
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
	return nil
}

// ReadOnly reports whether the store was opened for reading only.
func (d *DB) ReadOnly() bool { return d.bolt.IsReadOnly() }
