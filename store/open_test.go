package store

import (
	"bytes"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestOpenCreatesDirAndFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	path := filepath.Join(dir, "lifesim.db")
	db := open(t, path)
	if db.Path() != path {
		t.Errorf("Path = %q, want %q", db.Path(), path)
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, path: 0o600} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s mode = %v, want %v", p, got, want)
		}
	}
	// every bucket exists and the file is marked as lifesim's
	err := db.bolt.View(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if tx.Bucket(name) == nil {
				t.Errorf("bucket %s missing", name)
			}
		}
		if got := string(tx.Bucket(bktMeta).Get(metaSchema)); got != strconv.Itoa(schemaVersion) {
			t.Errorf("schema = %q", got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// opening again works and changes nothing visible
	db = reopen(t, db)
	if h, err := db.FixtureHash(); err != nil || h != "" {
		t.Errorf("FixtureHash = %q, %v", h, err)
	}
}

func TestOpenLockedFailsFast(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lifesim.db")
	open(t, path)
	start := time.Now()
	db2, err := Open(path, Options{})
	if err == nil {
		db2.Close()
		t.Fatal("second Open succeeded; want ErrLocked")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("second Open took %v; want < 2s", d)
	}
	if !errors.Is(err, ErrLocked) {
		t.Errorf("err = %v; want ErrLocked", err)
	}
	want := "store " + path + " is in use by another lifesim (close it, or use --db to pick another file)"
	if err.Error() != want {
		t.Errorf("message = %q\nwant      %q", err.Error(), want)
	}
}

func TestOpenRefusesForeignAndBrokenFiles(t *testing.T) {
	dir := t.TempDir()

	foreign := filepath.Join(dir, "foreign.db")
	bdb, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.Update(func(tx *bolt.Tx) error {
		b, _ := tx.CreateBucket([]byte("config"))
		return b.Put([]byte("k"), []byte("v"))
	})
	bdb.Close()

	foreignMeta := filepath.Join(dir, "foreign-meta.db") // has a "meta" bucket, but not ours
	bdb, err = bolt.Open(foreignMeta, 0o600, &bolt.Options{NoFreelistSync: true})
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.Update(func(tx *bolt.Tx) error {
		b, _ := tx.CreateBucket([]byte("meta"))
		return b.Put([]byte("version"), []byte("7"))
	})
	bdb.Close()

	random := filepath.Join(dir, "random.db")
	junk := make([]byte, 64*1024)
	_, _ = rand.Read(junk)
	if err := os.WriteFile(random, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("hello, not a database\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	schema := filepath.Join(dir, "future.db")
	db := open(t, schema)
	db.Close()
	bdb, err = bolt.Open(schema, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.Update(func(tx *bolt.Tx) error { return tx.Bucket(bktMeta).Put(metaSchema, []byte("99")) })
	bdb.Close()

	for _, tt := range []struct {
		path string
		want error
	}{
		{foreign, ErrForeign},
		{foreignMeta, ErrForeign},
		{random, ErrCorrupt},
		{text, ErrCorrupt},
		{schema, ErrSchema},
	} {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			before := fileSum(t, tt.path)
			db, err := Open(tt.path, Options{})
			if err == nil {
				db.Close()
				t.Fatal("Open succeeded")
			}
			t.Log(err)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v; want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.path) {
				t.Errorf("err %q does not name the path", err)
			}
			if fileSum(t, tt.path) != before {
				t.Error("file was modified")
			}
		})
	}
}

func TestOpenEmptyFiles(t *testing.T) {
	dir := t.TempDir()
	// a zero-byte file and a bbolt file without buckets are initialised
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	bare := filepath.Join(dir, "bare.db")
	bdb, err := bolt.Open(bare, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	bdb.Close()
	for _, p := range []string{empty, bare} {
		db := open(t, p)
		if _, err := db.Seed(testWorld(), "h"); err != nil {
			t.Errorf("%s: Seed: %v", p, err)
		}
		db.Close()
	}
}

// A file damaged after seeding must give errors (or wrong data), never a
// panic out of the store.
func TestDamagedPagesDoNotPanic(t *testing.T) {
	db := seeded(t, bigWorld(400, 10))
	path := db.Path()
	db.Close()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// keep the two meta pages, scribble over every other page's header
	page := 4096
	for off := 2 * page; off+64 <= len(raw); off += page {
		copy(raw[off:off+16], bytes.Repeat([]byte{0xA5}, 16))
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic escaped the store: %v", r)
		}
	}()
	db, err = Open(path, Options{})
	if err != nil {
		t.Logf("Open after damage: %v", err)
		if !strings.Contains(err.Error(), path) {
			t.Errorf("err %q does not name the path", err)
		}
		return
	}
	defer db.Close()
	_, err1 := db.Search("generated", 5)
	_, err2 := db.Following("returning", "", 10)
	_, err3 := db.Post("p1")
	t.Logf("errors after damage: %v / %v / %v", err1, err2, err3)
	if err1 == nil && err2 == nil && err3 == nil {
		t.Log("damage went unnoticed by these reads (allowed)")
	}
	for _, err := range []error{err1, err2, err3} {
		if errors.Is(err, ErrCorrupt) && !strings.Contains(err.Error(), path) {
			t.Errorf("err %q does not name the path", err)
		}
	}
}

func TestClosedStoreErrorsNamePath(t *testing.T) {
	db := seeded(t, testWorld())
	db.Close()
	_, err := db.Post("p1")
	if err == nil || !strings.Contains(err.Error(), db.Path()) {
		t.Errorf("err = %v; want an error naming the path", err)
	}
}
