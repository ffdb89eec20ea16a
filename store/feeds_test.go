package store

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"lifesim/model"
)

// walk pages through a feed with the given limit and returns every id in
// order, failing on an endless cursor.
func walk(t *testing.T, limit int, page func(Cursor, int) (Page[model.Post], error)) []model.PostID {
	t.Helper()
	var out []model.PostID
	var c Cursor
	for i := 0; ; i++ {
		if i > 10000 {
			t.Fatal("cursor never ends")
		}
		p, err := page(c, limit)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Items) > limit {
			t.Fatalf("page of %d items; limit %d", len(p.Items), limit)
		}
		if p.Next != "" && len(p.Items) == 0 {
			t.Fatal("empty page with a next cursor")
		}
		out = append(out, postIDs(p.Items)...)
		if p.Next == "" {
			return out
		}
		c = p.Next
	}
}

// newestFirst is the expected order: time descending, then id descending
// (the key order of BE time + id, walked backwards).
func newestFirst(w model.World, keep func(model.Post) bool) []model.PostID {
	var ps []model.Post
	for _, p := range w.Posts {
		if keep(p) {
			ps = append(ps, p)
		}
	}
	slices.SortFunc(ps, func(a, b model.Post) int {
		if c := b.PublishedAt.Compare(a.PublishedAt); c != 0 {
			return c
		}
		return strings.Compare(string(b.ID), string(a.ID))
	})
	return postIDs(ps)
}

func TestAccountPostsPaging(t *testing.T) {
	w := testWorld()
	db := seeded(t, w)
	got := walk(t, 2, func(c Cursor, n int) (Page[model.Post], error) { return db.AccountPosts("acct-kfc", c, n) })
	if want := []model.PostID{"p1", "p3", "p6"}; !reflect.DeepEqual(got, want) {
		t.Errorf("AccountPosts = %v; want %v", got, want)
	}
	// exactly a page: no next cursor
	p, _ := db.AccountPosts("acct-newhope", "", 2)
	if !reflect.DeepEqual(postIDs(p.Items), []model.PostID{"p2", "p5"}) || p.Next != "" {
		t.Errorf("AccountPosts(newhope, 2) = %v next %q", postIDs(p.Items), p.Next)
	}
	// an account with no posts
	w2 := testWorld()
	w2.Accounts = append(w2.Accounts, model.LifeAccount{ID: "acct-empty", Name: "Empty", Kind: model.KindTool})
	db2 := seeded(t, w2)
	if p, err := db2.AccountPosts("acct-empty", "", 5); err != nil || len(p.Items) != 0 || p.Next != "" {
		t.Errorf("empty account = %+v, %v", p, err)
	}

	big := bigWorld(500, 13)
	db3 := seeded(t, big)
	for _, acct := range []model.AccountID{"gen-a000", "gen-a007", "gen-a012", "acct-kfc"} {
		want := newestFirst(big, func(p model.Post) bool { return p.AccountID == acct })
		for _, limit := range []int{1, 2, 7, 100} {
			got := walk(t, limit, func(c Cursor, n int) (Page[model.Post], error) { return db3.AccountPosts(acct, c, n) })
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s limit %d: got %d posts, want %d (first %v vs %v)", acct, limit, len(got), len(want), head(got), head(want))
			}
		}
	}
}

func head(ids []model.PostID) []model.PostID { return ids[:min(5, len(ids))] }

func TestFollowingPaging(t *testing.T) {
	w := testWorld()
	db := seeded(t, w)
	// the returning persona follows KFC from its seed state; add New Hope
	if ok, err := db.ToggleFollow(actor("returning", 1), "acct-newhope", model.SourceSearch); err != nil || !ok {
		t.Fatal(ok, err)
	}
	got := walk(t, 2, func(c Cursor, n int) (Page[model.Post], error) { return db.Following("returning", c, n) })
	if want := []model.PostID{"p1", "p2", "p3", "p5", "p6"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Following = %v; want %v", got, want)
	}
	// a persona that follows nobody
	if p, err := db.Following("newuser", "", 5); err != nil || len(p.Items) != 0 || p.Next != "" {
		t.Errorf("Following(newuser) = %+v, %v", p, err)
	}

	big := bigWorld(600, 11)
	db2 := seeded(t, big)
	follows := map[model.AccountID]bool{"gen-a001": true, "gen-a004": true, "gen-a010": true, "acct-kfc": true}
	for id := range follows {
		if id != "acct-kfc" { // followed from seed state
			if _, err := db2.ToggleFollow(actor("returning", 1), id, model.SourceSearch); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := newestFirst(big, func(p model.Post) bool { return follows[p.AccountID] })
	for _, limit := range []int{1, 2, 3, 10, 1000} {
		got := walk(t, limit, func(c Cursor, n int) (Page[model.Post], error) { return db2.Following("returning", c, n) })
		if !reflect.DeepEqual(got, want) {
			t.Errorf("limit %d: got %d posts, want %d (first %v vs %v)", limit, len(got), len(want), head(got), head(want))
		}
	}
}

func TestBadCursors(t *testing.T) {
	db := seeded(t, testWorld())
	for _, c := range []Cursor{"zz", "00", "o-1", "oops"} {
		if _, err := db.Following("returning", c, 2); !errors.Is(err, ErrInvalid) {
			t.Errorf("Following(%q): %v", c, err)
		}
		if _, err := db.AccountPosts("acct-kfc", c, 2); !errors.Is(err, ErrInvalid) {
			t.Errorf("AccountPosts(%q): %v", c, err)
		}
	}
	for _, c := range []Cursor{"zz", "o-1", "o1x", "0a"} {
		if _, err := db.Recommended("newuser", c, 2); !errors.Is(err, ErrInvalid) {
			t.Errorf("Recommended(%q): %v", c, err)
		}
	}
}

func TestRecommended(t *testing.T) {
	w := testWorld()
	db := seeded(t, w)
	got := walk(t, 2, func(c Cursor, n int) (Page[model.Post], error) { return db.Recommended("returning", c, n) })
	if len(got) != len(w.Posts) {
		t.Fatalf("Recommended covered %v; want all %d posts once", got, len(w.Posts))
	}
	seen := map[model.PostID]bool{}
	for _, id := range got {
		if seen[id] {
			t.Errorf("%s twice", id)
		}
		seen[id] = true
	}
	// the order is ScorePost's, at the world's epoch
	persona, _ := db.Persona("returning")
	follows := map[model.AccountID]bool{"acct-kfc": true}
	prev := -1.0
	for i, id := range got {
		p, _ := db.Post(id)
		s := model.ScorePost(p, persona.Interests, follows, epoch)
		if i > 0 && s > prev {
			t.Errorf("%s (score %v) ranked below a lower score %v", id, s, prev)
		}
		prev = s
	}
	// p1 is followed, matches the interest and is newest: first
	if got[0] != "p1" {
		t.Errorf("first = %s; want p1", got[0])
	}

	// Options.Now moves "now": far in the future, recency no longer
	// dominates and the 90k-likes post wins for the new user
	db.Close()
	db2, err := Open(db.Path(), Options{Now: func() time.Time { return epoch.Add(365 * 24 * time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	p, err := db2.Recommended("newuser", "", 1)
	if err != nil || len(p.Items) != 1 {
		t.Fatal(p, err)
	}
	// at a year's distance the decay factors differ by at most 2^(6h/72h);
	// p4's engagement outweighs that
	if p.Items[0].ID != "p4" {
		t.Errorf("first with a late clock = %s; want p4", p.Items[0].ID)
	}
}

func TestRecommendedSample(t *testing.T) {
	big := bigWorld(RecommendSample+50, 5)
	db := seeded(t, big)
	got := walk(t, 40, func(c Cursor, n int) (Page[model.Post], error) { return db.Recommended("newuser", c, n) })
	if len(got) != RecommendSample {
		t.Errorf("Recommended covered %d posts; want the newest %d", len(got), RecommendSample)
	}
	newest := map[model.PostID]bool{}
	for _, id := range newestFirst(big, func(model.Post) bool { return true })[:RecommendSample] {
		newest[id] = true
	}
	for _, id := range got {
		if !newest[id] {
			t.Errorf("%s is not among the newest %d", id, RecommendSample)
		}
	}
}

func TestSuggestedAccounts(t *testing.T) {
	db := seeded(t, testWorld())
	// newuser: interests food, milk; follows nobody
	got, err := db.SuggestedAccounts("newuser", 10)
	if err != nil {
		t.Fatal(err)
	}
	var ids []model.AccountID
	for _, a := range got {
		ids = append(ids, a.ID)
	}
	// wild (food, 300k fans) and newhope (milk, 1k) match one interest each;
	// kfc's keyword "fast food" matches "food" too (50k); citizen matches none
	want := []model.AccountID{"acct-wild", "acct-kfc", "acct-newhope", "acct-citizen"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("SuggestedAccounts = %v; want %v", ids, want)
	}
	// followed accounts are left out; the limit holds
	got, _ = db.SuggestedAccounts("returning", 2)
	if len(got) != 2 || got[0].ID == "acct-kfc" || got[1].ID == "acct-kfc" {
		t.Errorf("SuggestedAccounts(returning, 2) = %+v", got)
	}
	// bounded selection over many accounts gives the same as a full sort
	db2 := seeded(t, bigWorld(10, 200))
	all, _ := db2.SuggestedAccounts("newuser", 1000)
	top, _ := db2.SuggestedAccounts("newuser", 7)
	for i := range top {
		if top[i].ID != all[i].ID {
			t.Errorf("top[%d] = %s; want %s", i, top[i].ID, all[i].ID)
		}
	}
}
