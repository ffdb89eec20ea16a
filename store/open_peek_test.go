package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// HoldsWorldAt tells, without writing or creating anything, whether a
// store holds the world with a hash; a file it cannot read holds none.
func TestHoldsWorldAt(t *testing.T) {
	dir := t.TempDir()
	db := seeded(t, testWorld()) // hash-1
	current := db.Path()
	db.Close()

	empty := filepath.Join(dir, "empty.db")
	junk := filepath.Join(dir, "junk.db")
	bare := filepath.Join(dir, "bare.db") // bbolt, no buckets
	fresh := filepath.Join(dir, "fresh.db")
	for path, data := range map[string][]byte{empty: nil, junk: []byte("not a database, but long enough?")} {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	bdb, err := bolt.Open(bare, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	bdb.Close()
	open(t, fresh).Close() // created, never seeded

	for _, tc := range []struct {
		name, path, hash string
		want             bool
	}{
		{"same world", current, "hash-1", true},
		{"another world", current, "hash-2", false},
		{"missing file", filepath.Join(dir, "none", "l.db"), "hash-1", false},
		{"empty file", empty, "hash-1", false},
		{"not a store", junk, "hash-1", false},
		{"bbolt without buckets", bare, "hash-1", false},
		{"never seeded", fresh, "", false},
		{"a directory", dir, "hash-1", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before [32]byte
			info, statErr := os.Stat(tc.path)
			if statErr == nil && !info.IsDir() {
				before = fileSum(t, tc.path)
			}
			got, err := HoldsWorldAt(tc.path, tc.hash, 0)
			if err != nil || got != tc.want {
				t.Errorf("HoldsWorldAt = %v, %v; want %v, nil", got, err, tc.want)
			}
			switch {
			case statErr != nil:
				if _, err := os.Stat(tc.path); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("a missing store was created: %v", err)
				}
			case !info.IsDir() && fileSum(t, tc.path) != before:
				t.Error("the file changed")
			}
		})
	}
}

// A store another lifesim holds is reported as such, within the timeout.
func TestHoldsWorldAtLocked(t *testing.T) {
	db := seeded(t, testWorld())
	_, err := HoldsWorldAt(db.Path(), "hash-1", 50*time.Millisecond)
	if !errors.Is(err, ErrLocked) {
		t.Errorf("HoldsWorldAt on a held store: %v, want ErrLocked", err)
	}
}

// Opening a store that needs neither creating nor upgrading writes
// nothing: no transaction is committed, so no byte of the file changes.
func TestOpenOfACurrentStoreWritesNothing(t *testing.T) {
	db := seeded(t, testWorld())
	path := db.Path()
	db.Close()
	before := fileSum(t, path)
	for range 2 {
		db := open(t, path)
		if ok, err := db.HoldsWorld("hash-1"); err != nil || !ok {
			t.Fatalf("HoldsWorld = %v, %v", ok, err)
		}
		db.Close()
	}
	if fileSum(t, path) != before {
		t.Error("opening a current store changed the file")
	}
}
