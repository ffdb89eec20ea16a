package store

import (
	"errors"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

// HoldsWorldAt reports whether the store at path holds the world with this
// hash (as DB.HoldsWorld does), without writing a byte or creating
// anything. Start-up asks it before it loads a world: a world the store
// holds is never loaded again, and one it does not hold is loaded and
// checked before the store is created or changed, so that a broken world
// leaves the store as it was.
//
// It is a glance, not Open's check: the file is mapped read-only once its
// header is sound, and a fault reading it is recovered. A file it cannot
// read (missing, empty, damaged, not lifesim's) holds no world; Open then
// says what is wrong with it. Only a store held by another lifesim is an
// error (ErrLocked), so that the caller does not wait for it twice.
func HoldsWorldAt(path, hash string, lockTimeout time.Duration) (bool, error) {
	holds := false
	read, err := glance(path, lockTimeout, func(tx *bolt.Tx) error {
		holds = worldCurrent(tx, hash)
		return nil
	})
	return holds && read, err
}

// glance runs fn in a read-only view of the lifesim store at path, mapped
// read-only once its header is sound, with a fault reading it recovered.
// read is true when fn ran and returned nil. A file it cannot read
// (missing, empty, damaged, not lifesim's) is not read, and not an error;
// only a store held by another lifesim is (ErrLocked, within lockTimeout;
// 0: DefaultLockTimeout), so that the caller does not wait for it twice.
func glance(path string, lockTimeout time.Duration, fn func(tx *bolt.Tx) error) (read bool, err error) {
	if lockTimeout <= 0 {
		lockTimeout = DefaultLockTimeout
	}
	if !headerSound(path) {
		return false, nil
	}
	bdb, err := openBolt(path, lockTimeout, true)
	if errors.Is(err, ErrLocked) {
		return false, err
	}
	if err != nil {
		return false, nil
	}
	defer bdb.Close()
	err = guard(path, func() error {
		return bdb.View(func(tx *bolt.Tx) error {
			if tx.Bucket(bktMeta) == nil || inspect(tx, path) != nil {
				return errNotAStore
			}
			return fn(tx)
		})
	})
	return err == nil, nil
}

// errNotAStore stops a glance at a file that is not a readable lifesim
// store; glance reports it as not read.
var errNotAStore = errors.New("not a readable lifesim store")

// headerSound reports whether path is a non-empty file whose header bbolt
// can map without faulting (see readHeader).
func headerSound(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	_, p := readHeader(f)
	return p == nil
}
