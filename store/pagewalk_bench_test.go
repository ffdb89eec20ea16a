package store

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lifesim/model"
)

// benchStoreEnv names a store file for the benchmarks here, such as one
// seeded with a 100k-post generated world (`lifesim gen --posts 100000`,
// then any command with --fixtures); without it they run on benchDB's
// store. BenchmarkPageWalk and BenchmarkOpenExisting only read it;
// BenchmarkCollectWalkDue writes to a copy.
const benchStoreEnv = "LIFESIM_BENCH_STORE"

// benchStorePath is the file benchStoreEnv names, or benchDB's, closed.
func benchStorePath(b *testing.B) string {
	b.Helper()
	if path := os.Getenv(benchStoreEnv); path != "" {
		return path
	}
	db := benchDB(b)
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	return db.Path()
}

// BenchmarkPageWalk is the walk Open runs before mapping a store up to
// fullWalkMax, and the walk beside the app runs on a bigger one.
func BenchmarkPageWalk(b *testing.B) {
	f, err := os.Open(benchStorePath(b))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	for b.Loop() {
		if _, _, probs := inspectFile(f); len(probs) > 0 {
			b.Fatal(probs)
		}
	}
}

// BenchmarkOpenExisting opens and closes an existing, current store: the
// store's part of start-up.
func BenchmarkOpenExisting(b *testing.B) {
	path := benchStorePath(b)
	for b.Loop() {
		db, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCollectWalkDue is one collect when the writes' page walk is due
// (every rewalkEvery of writes): the walk inside the write on a store up
// to fullWalkMax, none on a bigger one.
func BenchmarkCollectWalkDue(b *testing.B) {
	defer func(d time.Duration) { rewalkEvery = d }(rewalkEvery)
	rewalkEvery = 0
	path := filepath.Join(b.TempDir(), "collect.db")
	copyStore(b, benchStorePath(b), path)
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	first, err := db.Recommended(model.DefaultPersona, "", 1)
	if err != nil || len(first.Items) == 0 {
		b.Fatalf("no post to collect: %v", err)
	}
	a := model.Actor{Persona: model.DefaultPersona, Session: "bench", At: epoch}
	for b.Loop() {
		if _, _, err := db.ToggleCollectPost(a, first.Items[0].ID); err != nil {
			b.Fatal(err)
		}
	}
}

func copyStore(b *testing.B, from, to string) {
	b.Helper()
	src, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		b.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		b.Fatal(err)
	}
}
