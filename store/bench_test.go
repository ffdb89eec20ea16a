package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"lifesim/model"
)

// benchDB seeds a world of n generated posts once per benchmark.
func benchDB(b *testing.B, posts, accounts int) *DB {
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
		if _, err := db.ToggleFollow(a, model.AccountID(fmt.Sprintf("gen-a%03d", (i*3)%accounts))); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

func BenchmarkSeed(b *testing.B) {
	w := bigWorld(10000, 500)
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
	db := benchDB(b, 20000, 500)
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
	db := benchDB(b, 20000, 500)
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
	db := benchDB(b, 20000, 500)
	for b.Loop() {
		if _, err := db.Recommended("returning", "", 20); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkToggleLike(b *testing.B) {
	db := benchDB(b, 1000, 50)
	a := actor("newuser", 1)
	for b.Loop() {
		if _, _, err := db.ToggleLike(a, "p1"); err != nil {
			b.Fatal(err)
		}
	}
}
