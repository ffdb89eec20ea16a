package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"testing"
	"unicode"

	"lifesim/internal/benchworld"
	"lifesim/model"
	"lifesim/store"
)

// The benchmarks on the generated world (internal/benchworld): its size
// is LIFESIM_BENCH_POSTS posts (2,000 by default; 100000 for the table in
// docs/performance.md). Each one opens a copy of a store seeded once per
// test binary, as benchworld.Persona, who follows 500 accounts.

// BenchmarkWorldSearch is one search as the Search tab runs it, for a
// short and a long query, Latin and CJK, and the first key of a query
// (one letter, one Chinese character), the least selective of all.
func BenchmarkWorldSearch(b *testing.B) {
	db := benchworld.Store(b)
	w, _ := benchworld.World(b)
	for _, q := range []struct{ name, query string }{
		{"letter", "k"},
		{"short", "ko"},
		{"long", "new hope milk"},
		{"cjk-brand", generatedCJKAlias(b, w)},
		{"cjk-dish", "小龙虾"},
		{"cjk-char", "小"},
	} {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := db.Search(q.query, model.SearchPerKind); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// generatedCJKAlias is the Chinese name of the last alias group that has
// one: a brand gen made up, not one of the built-in world's.
func generatedCJKAlias(b *testing.B, w model.World) string {
	b.Helper()
	for i := len(w.Aliases) - 1; i >= 0; i-- {
		for _, name := range w.Aliases[i] {
			for _, r := range name {
				if unicode.Is(unicode.Han, r) {
					return name
				}
			}
		}
	}
	b.Fatal("the generated world has no Chinese alias")
	return ""
}

// lifePage is how many posts the Life tab reads per page
// (ui/tabs/life/feed.go).
const lifePage = 8

// BenchmarkWorldFeed reads the first page of each Life feed, as the tab
// does on opening; Following merges the posts of the persona's 500
// follows.
func BenchmarkWorldFeed(b *testing.B) {
	db := benchworld.Store(b)
	feeds := []struct {
		name string
		read func(model.PersonaID, store.Cursor, int) (store.Page[model.Post], error)
	}{
		{"recommended", db.Recommended},
		{"following", db.Following},
	}
	for _, f := range feeds {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				p, err := f.read(benchworld.Persona, "", lifePage)
				if err != nil || len(p.Items) != lifePage {
					b.Fatalf("%d posts, %v", len(p.Items), err)
				}
			}
		})
	}
}

// BenchmarkWorldOpen is the store's side of opening a page: the reads of
// its load command (ui/pages/{post,account,miniprogram}/commands.go) and,
// for a mini program, its visit (Recently used and the open event, one
// fsync'd commit), on the newest post of the Recommended feed, its
// account and a mini program the account runs.
func BenchmarkWorldOpen(b *testing.B) {
	db := benchworld.Store(b)
	first, err := db.Recommended(benchworld.Persona, "", 1)
	if err != nil || len(first.Items) == 0 {
		b.Fatalf("no post to open: %v", err)
	}
	post := first.Items[0]
	acc, err := db.Account(post.AccountID)
	if err != nil {
		b.Fatal(err)
	}
	mp := someMiniProgram(b, db, acc)
	b.Run("post", func(b *testing.B) {
		for b.Loop() {
			loadPost(b, db, post.ID)
		}
	})
	b.Run("account", func(b *testing.B) {
		for b.Loop() {
			loadAccount(b, db, acc.ID)
		}
	})
	b.Run("miniprogram", func(b *testing.B) {
		a := actor()
		for b.Loop() {
			loadMiniProgram(b, db, a, mp)
		}
	})
}

// someMiniProgram is one the account runs, or any in the world.
func someMiniProgram(b *testing.B, db *store.DB, acc model.LifeAccount) model.MiniProgramID {
	b.Helper()
	if len(acc.MiniPrograms) > 0 {
		return acc.MiniPrograms[0]
	}
	w, _ := benchworld.World(b)
	return w.MiniPrograms[len(w.MiniPrograms)-1].ID
}

func actor() model.Actor {
	return model.Actor{Persona: benchworld.Persona, Session: "bench", At: benchworld.Now}
}

// loadPost reads what the post page's load reads: the post, its account,
// what its components point at, its comments with their authors, and the
// persona's state.
func loadPost(b *testing.B, db *store.DB, id model.PostID) {
	p, err := db.Post(id)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := db.Account(p.AccountID); err != nil {
		b.Fatal(err)
	}
	for _, c := range p.Components {
		switch c.Kind {
		case model.ComponentService:
			_, err = db.MiniProgram(c.MiniProgramID)
		case model.ComponentCoupon:
			var cp model.Coupon
			if cp, err = db.Coupon(c.CouponID); err == nil {
				_, err = db.MiniProgram(cp.MiniProgramID)
			}
		case model.ComponentGroup:
			_, err = db.Group(c.GroupID)
		}
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			b.Fatal(err)
		}
	}
	comments, err := db.Comments(id)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range comments {
		_, _ = db.Persona(c.Persona)
	}
	if _, err := db.State(benchworld.Persona); err != nil {
		b.Fatal(err)
	}
}

// loadAccount reads what the account page's load reads: the account, its
// coupon window, its mini programs, the groups its 20 newest posts link,
// and the persona's state.
func loadAccount(b *testing.B, db *store.DB, id model.AccountID) {
	a, err := db.Account(id)
	if err != nil {
		b.Fatal(err)
	}
	for _, cid := range a.CouponWindow {
		if _, err := db.Coupon(cid); err != nil && !errors.Is(err, store.ErrNotFound) {
			b.Fatal(err)
		}
	}
	if _, err := db.MiniPrograms(a.MiniPrograms); err != nil {
		b.Fatal(err)
	}
	page, err := db.AccountPosts(id, "", 20)
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range page.Items {
		for _, gid := range model.PostGroups(p, nil) {
			if _, err := db.Group(gid); err != nil && !errors.Is(err, store.ErrNotFound) {
				b.Fatal(err)
			}
		}
	}
	if _, err := db.State(benchworld.Persona); err != nil {
		b.Fatal(err)
	}
}

// loadMiniProgram is the mini program page's open: the mini program, the
// visit (a commit), the persona's usable coupons and the bound account.
func loadMiniProgram(b *testing.B, db *store.DB, a model.Actor, id model.MiniProgramID) {
	mp, err := db.MiniProgram(id)
	if err != nil {
		b.Fatal(err)
	}
	s, err := db.OpenMiniProgram(a, id, model.SourceAccountProfile)
	if err != nil {
		b.Fatal(err)
	}
	for _, cc := range s.Unredeemed() {
		_, _ = db.Coupon(cc.CouponID)
	}
	if mp.AccountID != "" {
		if _, err := db.Account(mp.AccountID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWorldCollect collects or uncollects the newest Recommended
// post: one user action, its commit fsync'd.
func BenchmarkWorldCollect(b *testing.B) {
	db := benchworld.Store(b)
	first, err := db.Recommended(benchworld.Persona, "", 1)
	if err != nil || len(first.Items) == 0 {
		b.Fatalf("no post to collect: %v", err)
	}
	a := actor()
	for b.Loop() {
		if _, _, err := db.ToggleCollectPost(a, first.Items[0].ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWorldSeed seeds the generated world into a fresh store, as the
// first start with --fixtures does: each iteration is one whole seed.
// (BenchmarkSeedWorld, in seed_bench_test.go, seeds the same world and
// also counts the commits and the CPU time.)
func BenchmarkWorldSeed(b *testing.B) {
	w, hash := benchworld.World(b)
	dir := b.TempDir()
	for i := 0; b.Loop(); i++ {
		db, err := store.Open(filepath.Join(dir, strconv.Itoa(i)+".db"), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.SeedWorld(context.Background(), w, hash, store.SeedOptions{}); err != nil {
			b.Fatal(err)
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(w.Posts)), "posts")
}
