package store

import (
	"os"
	"testing"
)

// benchStoreEnv names a store file for BenchmarkPageWalk to walk (read
// only), such as one seeded with a 100k-post generated world; without it
// the walk runs on benchDB's store.
const benchStoreEnv = "LIFESIM_BENCH_STORE"

// BenchmarkPageWalk is the walk Open runs before mapping a file up to
// fullWalkMax bytes, and the background walk runs on a bigger one.
func BenchmarkPageWalk(b *testing.B) {
	path := os.Getenv(benchStoreEnv)
	if path == "" {
		db := benchDB(b)
		path = db.Path()
	}
	f, err := os.Open(path)
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
