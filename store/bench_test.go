package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"lifesim/model"
)

// benchPosts is the size of the benchmarks' worlds, as that of the
// generated world of world_bench_test.go: LIFESIM_BENCH_POSTS, or 2,000
// so that CI's -benchtime 1x run stays quick.
func benchPosts(b *testing.B) int {
	b.Helper()
	s := os.Getenv("LIFESIM_BENCH_POSTS")
	if s == "" {
		return 2000
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		b.Fatalf("LIFESIM_BENCH_POSTS=%q: want a number of posts", s)
	}
	return n
}

// The benchmarks here run on bigWorld, the store tests' synthetic world:
// benchPosts posts and a fortieth as many accounts.
func benchSize(b *testing.B) (posts, accounts int) {
	b.Helper()
	posts = benchPosts(b)
	return posts, max(posts/40, 50)
}

// benchDB seeds a world of benchSize once per benchmark.
func benchDB(b *testing.B) *DB {
	b.Helper()
	posts, accounts := benchSize(b)
	return benchDBOf(b, posts, accounts)
}

// benchDBOf seeds a world of posts and accounts once per benchmark.
func benchDBOf(b *testing.B, posts, accounts int) *DB {
	b.Helper()
	db, err := Open(filepath.Join(b.TempDir(), "bench.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if _, err := db.Seed(bigWorld(posts, accounts), "bench"); err != nil {
		b.Fatal(err)
	}
	a := actor("returning", 1)
	for i := range 20 {
		if _, err := db.ToggleFollow(a, model.AccountID(fmt.Sprintf("gen-a%03d", (i*3)%accounts)), model.SourceFeed); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

func BenchmarkSeed(b *testing.B) {
	w := bigWorld(benchSize(b))
	for i := 0; b.Loop(); i++ {
		db, err := Open(filepath.Join(b.TempDir(), fmt.Sprint(i)+".db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.Seed(w, "h"); err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

func BenchmarkSearch(b *testing.B) {
	db := benchDB(b)
	for _, q := range []string{"n", "g", "new hope", "generated post 1234", "coffee", "小龙虾"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, err := db.Search(q, 5); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFollowing(b *testing.B) {
	db := benchDB(b)
	b.ResetTimer()
	for b.Loop() {
		p, err := db.Following("returning", "", 20)
		if err != nil || len(p.Items) != 20 {
			b.Fatal(len(p.Items), err)
		}
		if _, err := db.Following("returning", p.Next, 20); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecommended(b *testing.B) {
	db := benchDB(b)
	for b.Loop() {
		if _, err := db.Recommended("returning", "", 20); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkToggleLike(b *testing.B) {
	db := benchDBOf(b, 1000, 50)
	a := actor("newuser", 1)
	for b.Loop() {
		if _, _, err := db.ToggleLike(a, "p1"); err != nil {
			b.Fatal(err)
		}
	}
}
