package launch

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lifesim/fixtures"
	"lifesim/store"
)

// copyWorld writes the built-in world to a new directory, pictures too,
// and with manifest its manifest.json.
func copyWorld(t *testing.T, manifest bool) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(fixtures.Embedded(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || name == "." {
			return err
		}
		if d.IsDir() {
			return os.Mkdir(filepath.Join(dir, name), 0o755)
		}
		data, err := fs.ReadFile(fixtures.Embedded(), name)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if manifest {
		if err := fixtures.WriteManifest(dir); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// backdate sets the file's times an hour back, so that a manifest written
// after it still vouches for it.
func backdate(t *testing.T, path string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

// The fingerprint is the hash LoadWorld gives, for the built-in world and
// for a directory with or without a manifest.
func TestFingerprintIsTheLoadedHash(t *testing.T) {
	for _, dir := range []string{"", copyWorld(t, false), copyWorld(t, true)} {
		fp, err := Fingerprint(dir)
		if err != nil {
			t.Fatal(err)
		}
		if _, hash, err := LoadWorld(dir); err != nil || hash != fp {
			t.Errorf("%q: Fingerprint %s, LoadWorld hash %s, %v", dir, fp, hash, err)
		}
	}
}

// A world the store already holds is not read again: with a manifest that
// vouches for the files, a post file spoiled behind the manifest's back
// (same size, old time) goes unnoticed, because start-up never opens it.
// Once its size changes, the manifest no longer vouches for it, the world
// is loaded, and the spoilt file is reported without touching the store.
func TestAWorldTheStoreHoldsIsNotLoaded(t *testing.T) {
	dir := copyWorld(t, true)
	o := Options{DB: filepath.Join(t.TempDir(), "l.db"), Persona: "newuser", Fixtures: dir}
	s, err := Open(o)
	if err != nil {
		t.Fatal(err)
	}
	_ = s.DB.Close()

	posts := filepath.Join(dir, fixtures.FilePosts)
	data, err := os.ReadFile(posts)
	if err != nil {
		t.Fatal(err)
	}
	spoilt := []byte(strings.Repeat("#", len(data)))
	if err := os.WriteFile(posts, spoilt, 0o644); err != nil {
		t.Fatal(err)
	}
	backdate(t, posts)
	for _, open := range []func(Options) (*Session, error){Open, OpenForReading} {
		s, err := open(o)
		if err != nil {
			t.Fatalf("a world the store holds was loaded again: %v", err)
		}
		_ = s.DB.Close()
	}

	before := sum(t, o.DB)
	if err := os.WriteFile(posts, append(spoilt, '#'), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Open(o)
	if err == nil || !strings.Contains(err.Error(), posts) {
		t.Errorf("a changed world was not loaded and checked: %v", err)
	}
	if sum(t, o.DB) != before {
		t.Error("a broken world changed the store")
	}
}

// A manifest whose hash is not the hash of the files it vouches for is
// refused in one line naming it, before the store is created: seeding
// under either hash would make every start seed again.
func TestAManifestThatLiesIsRefused(t *testing.T) {
	dir := copyWorld(t, true)
	manifest := filepath.Join(dir, fixtures.FileManifest)
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	fp, err := Fingerprint(dir)
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), fp, strings.Repeat("0", len(fp)), 1))
	if err := os.WriteFile(manifest, data, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "l.db")
	_, err = OpenForReading(Options{DB: db, Persona: "newuser", Fixtures: dir})
	if err == nil || !strings.HasPrefix(err.Error(), manifest+": ") || strings.Contains(err.Error(), "\n") {
		t.Errorf("error %v; want one line starting with %s", err, manifest)
	}
	if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the store was created: %v", err)
	}
}

// A seed whose context ends leaves the store without the world.
func TestSeedStopsWithItsContext(t *testing.T) {
	w, hash, err := LoadWorld("")
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(filepath.Join(t.TempDir(), "l.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Seed(ctx, db, w, hash, false); err == nil || !strings.Contains(err.Error(), "the store is as it was") {
		t.Errorf("Seed with an ended context: %v", err)
	}
	if holds, err := db.HoldsWorld(hash); err != nil || holds {
		t.Errorf("HoldsWorld after a stopped seed = %v, %v", holds, err)
	}
}
