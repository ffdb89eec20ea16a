// Package benchworld is the generated world the benchmarks run on: its
// size comes from LIFESIM_BENCH_POSTS (small by default, so CI's
// `go test -bench . -benchtime 1x` stays quick; 100000 for the table in
// docs/performance.md). It is written by gen, loaded and seeded once per
// benchmark binary, and every benchmark opens a copy of the seeded store
// file, so a table of benchmarks seeds once, not once per benchmark.
package benchworld

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"lifesim/fixtures"
	"lifesim/gen"
	"lifesim/model"
	"lifesim/store"
)

// PostsEnv names the environment variable that sets the world's size.
const PostsEnv = "LIFESIM_BENCH_POSTS"

// CacheEnv names a directory where the seeded store is kept between
// benchmark binaries (unset: nowhere). Seeding 100k posts takes minutes,
// and `go test -bench . ./...` runs one binary per package: with a cache
// the table's run seeds once. A store is reused only if it holds the
// world just generated, in this build's format (store.DB.HoldsWorld).
const CacheEnv = "LIFESIM_BENCH_CACHE"

// DefaultPosts is the size without PostsEnv: big enough that the indexes
// and feeds have pages to walk, small enough to generate and seed in a
// second or two.
const DefaultPosts = 2000

// Follows is how many life accounts Persona follows in the seeded store,
// so that the Following feed merges many accounts' posts.
const Follows = 500

// Persona is who the benchmarks act as: the app's default persona, who
// follows Follows accounts in the seeded store.
const Persona = model.DefaultPersona

// Now is the benchmarks' clock: the built-in world's epoch, which the
// generated world keeps.
var Now = time.Date(2026, 1, 8, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))

// Posts is the world's size: PostsEnv, or DefaultPosts.
func Posts(tb testing.TB) int {
	tb.Helper()
	n, err := posts()
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

func posts() (int, error) {
	s := os.Getenv(PostsEnv)
	if s == "" {
		return DefaultPosts, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > gen.MaxPosts {
		return 0, fmt.Errorf("%s=%q: want a number of posts from 1 to %d", PostsEnv, s, gen.MaxPosts)
	}
	return n, nil
}

// seeded is the world and the bytes of a store file seeded with it, made
// once per benchmark binary and never changed after.
type seeded struct {
	world model.World
	hash  string
	file  []byte
	err   error
}

var (
	once    sync.Once
	theSeed seeded
)

func get(tb testing.TB) seeded {
	tb.Helper()
	once.Do(func() { theSeed = build() })
	if theSeed.err != nil {
		tb.Fatalf("benchmark world: %v", theSeed.err)
	}
	return theSeed
}

// World is the generated world and its hash. Treat it as read-only:
// every benchmark shares it.
func World(tb testing.TB) (model.World, string) {
	tb.Helper()
	s := get(tb)
	return s.world, s.hash
}

// Store opens a copy of the seeded store in tb.TempDir() with the
// benchmarks' clock; it is closed when tb ends. Writes go to the copy.
func Store(tb testing.TB) *store.DB {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "bench.db")
	if err := os.WriteFile(path, get(tb).file, 0o600); err != nil {
		tb.Fatal(err)
	}
	db, err := store.Open(path, options())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = db.Close() })
	return db
}

func options() store.Options {
	return store.Options{Now: func() time.Time { return Now }}
}

// build writes the world with gen into a directory of its own, loads it
// as --fixtures does, seeds a store, has Persona follow Follows
// accounts, keeps the file's bytes and removes the directory.
func build() seeded {
	n, err := posts()
	if err != nil {
		return seeded{err: err}
	}
	dir, err := os.MkdirTemp("", "lifesim-bench-")
	if err != nil {
		return seeded{err: err}
	}
	defer func() { _ = os.RemoveAll(dir) }()
	worldDir := filepath.Join(dir, "world")
	if err := os.Mkdir(worldDir, 0o755); err != nil {
		return seeded{err: err}
	}
	if err := gen.Write(worldDir, gen.Defaults(gen.Config{Posts: n, Seed: 1})); err != nil {
		return seeded{err: fmt.Errorf("gen: %w", err)}
	}
	w, hash, err := fixtures.LoadWithHash(os.DirFS(worldDir))
	if err != nil {
		return seeded{err: fmt.Errorf("load: %w", err)}
	}
	path := filepath.Join(dir, "bench.db")
	if cache := os.Getenv(CacheEnv); cache != "" {
		path = filepath.Join(cache, fmt.Sprintf("posts-%d-%.16s.db", n, hash))
	}
	if err := seedOnce(path, w, hash); err != nil {
		return seeded{err: err}
	}
	file, err := os.ReadFile(path)
	return seeded{world: w, hash: hash, file: file, err: err}
}

// seedOnce seeds the store at path unless it holds w already (a cached
// one). A new store is seeded beside path and renamed into place, so
// that a binary stopped half-way, or two seeding at once, never leave a
// half-seeded store to be reused.
func seedOnce(path string, w model.World, hash string) error {
	if holds(path, hash) {
		return nil
	}
	tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
	_ = os.Remove(tmp)
	err := seed(tmp, w, hash)
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
	}
	return err
}

// holds reports whether the store at path exists and holds the world
// with this hash.
func holds(path, hash string) bool {
	if _, err := os.Stat(path); err != nil {
		return false
	}
	db, err := store.Open(path, options())
	if err != nil {
		return false
	}
	ok, err := db.HoldsWorld(hash)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return ok && err == nil
}

// seed creates the store at path with w and Persona's follows.
func seed(path string, w model.World, hash string) error {
	db, err := store.Open(path, options())
	if err != nil {
		return err
	}
	_, err = db.SeedWorld(context.Background(), w, hash, store.SeedOptions{})
	if err == nil {
		err = follow(db, w)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// follow has Persona follow the world's first Follows life accounts (or
// all of them, in a smaller world).
func follow(db *store.DB, w model.World) error {
	s, err := db.State(Persona)
	if err != nil {
		return err
	}
	a := model.Actor{Persona: Persona, Session: "bench", At: Now}
	for _, acc := range w.Accounts[:min(Follows, len(w.Accounts))] {
		if s.Following(acc.ID) {
			continue
		}
		if _, err := db.ToggleFollow(a, acc.ID, model.SourceSearch); err != nil {
			return fmt.Errorf("follow %s: %w", acc.ID, err)
		}
	}
	return nil
}
