package store

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"lifesim/fixtures"
	"lifesim/gen"
	"lifesim/model"
)

// generatedWorld is `lifesim gen --posts n --seed 1`, loaded and validated
// as `lifesim --fixtures DIR` would.
func generatedWorld(b *testing.B, n int) (model.World, string) {
	b.Helper()
	dir := b.TempDir()
	if err := gen.Write(dir, gen.Defaults(gen.Config{Posts: n, Seed: 1})); err != nil {
		b.Fatal(err)
	}
	w, hash, err := fixtures.LoadWithHash(os.DirFS(dir))
	if err != nil {
		b.Fatal(err)
	}
	return w, hash
}

// BenchmarkSeedWorld seeds a generated world (LIFESIM_BENCH_POSTS posts)
// into a fresh store: each iteration is one whole seed, from the loaded
// world to the final switch, fsyncs included. It reports the records
// written, the transactions committed and the CPU seconds used (user and
// system, every goroutine: on a shared machine wall time counts others' work
// too).
func BenchmarkSeedWorld(b *testing.B) {
	w, hash := generatedWorld(b, benchPosts(b))
	runtime.GC()
	var records, batches int
	var cpu time.Duration
	cpu0, measured := processCPU()
	for i := 0; b.Loop(); i++ {
		db, err := Open(filepath.Join(b.TempDir(), strconv.Itoa(i)+".db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		batches = 0
		_, err = db.SeedWorld(context.Background(), w, hash, SeedOptions{Progress: func(done, _ int) { records, batches = done, batches+1 }})
		if err != nil {
			b.Fatal(err)
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
	if cpu1, ok := processCPU(); ok && measured {
		cpu = cpu1 - cpu0
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
	b.ReportMetric(float64(records), "records")
	b.ReportMetric(float64(batches), "commits")
}
