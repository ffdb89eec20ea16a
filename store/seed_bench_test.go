package store

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// seedBenchPosts is the size of BenchmarkSeedWorld's world:
// LIFESIM_BENCH_POSTS, or 2,000 (so that CI's -benchtime 1x stays quick).
func seedBenchPosts(b *testing.B) int {
	b.Helper()
	n := 2000
	if s := os.Getenv("LIFESIM_BENCH_POSTS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 0 {
			b.Fatalf("LIFESIM_BENCH_POSTS=%q: want a number of posts", s)
		}
		n = v
	}
	return n
}

// BenchmarkSeedWorld seeds a generated world into a fresh store: each
// iteration is one whole seed, batches and final switch included.
func BenchmarkSeedWorld(b *testing.B) {
	n := seedBenchPosts(b)
	w := bigWorld(n, max(n/10, 1))
	for i := 0; b.Loop(); i++ {
		db, err := Open(filepath.Join(b.TempDir(), strconv.Itoa(i)+".db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.SeedWorld(context.Background(), w, "bench", SeedOptions{}); err != nil {
			b.Fatal(err)
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
