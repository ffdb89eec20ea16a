package store

import (
	"fmt"
	"testing"

	"lifesim/model"
)

func refs(rs []model.SearchResult) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = fmt.Sprintf("%s:%s", r.Kind, r.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	db := seeded(t, testWorld())
	tests := []struct {
		query   string
		perKind int
		want    []string
	}{
		// the chain's first step
		// the chain's first step; the account's posts are content
		{"new hope", 5, []string{"mini_program:mp-newhope", "account:acct-newhope", "post:p2", "post:p5"}},
		{"New Hope", 5, []string{"mini_program:mp-newhope", "account:acct-newhope", "post:p2", "post:p5"}},
		{"ＮＥＷ hope", 5, []string{"mini_program:mp-newhope", "account:acct-newhope", "post:p2", "post:p5"}},
		{"  hope   NEW ", 5, []string{"mini_program:mp-newhope", "account:acct-newhope", "post:p2", "post:p5"}},
		// prefixes as you type
		{"n", 5, []string{"mini_program:mp-newhope", "account:acct-newhope", "post:p1", "post:p3", "post:p2", "post:p5"}},
		{"new h", 5, []string{"mini_program:mp-newhope", "account:acct-newhope", "post:p2", "post:p5"}},
		// CJK, from the middle of a word
		{"希望", 5, []string{"mini_program:mp-newhope", "account:acct-newhope", "post:p2", "post:p5"}},
		// Chinese names of English ones and back (the glossary): the name
		// "新年小龙虾系列" (40) above another name of the title (30)
		{"小龙虾", 5, []string{"mini_program:mp-kfc", "account:acct-kfc", "post:p3", "post:p1"}},
		{"肯德基", 5, []string{"mini_program:mp-kfc", "account:acct-kfc", "post:p6", "post:p1", "post:p3"}},
		// exact names first: "KFC" the account and the mini program; its posts
		{"kfc", 5, []string{"mini_program:mp-kfc", "account:acct-kfc", "post:p6", "post:p1", "post:p3"}},
		// a title match (60) above another name of the title (30)
		{"crayfish", 5, []string{"mini_program:mp-kfc", "account:acct-kfc", "post:p1", "post:p3"}},
		// keywords, bio and category count, below the name
		{"fast food", 5, []string{"mini_program:mp-bk", "mini_program:mp-kfc", "account:acct-kfc"}},
		{"food", 5, []string{"mini_program:mp-bk", "mini_program:mp-kfc", "account:acct-wild", "account:acct-kfc", "post:p4", "post:p1"}}, // tags only: by title
		{"food", 1, []string{"mini_program:mp-bk", "account:acct-wild", "post:p4"}},
		// words may match different fields (name, keyword, tag)
		{"crayfish food", 5, []string{"mini_program:mp-kfc", "account:acct-kfc", "post:p1"}},
		{"kfc fried", 5, []string{"mini_program:mp-kfc", "account:acct-kfc", "post:p6", "post:p1", "post:p3"}},
		{"hope hope", 5, []string{"mini_program:mp-newhope", "account:acct-newhope", "post:p2", "post:p5"}},
		// no match, nothing to match
		{"zzz", 5, nil},
		{"new zzz", 5, nil},
		{"", 5, nil},
		{"  !!  ", 5, nil},
		{"kfc", 0, nil},
	}
	for _, tt := range tests {
		got, err := db.Search(tt.query, tt.perKind)
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.query, err)
		}
		if got == nil {
			t.Errorf("Search(%q) = nil; want a non-nil slice", tt.query)
		}
		if fmt.Sprint(refs(got)) != fmt.Sprint(tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("Search(%q, %d) = %v\nwant %v", tt.query, tt.perKind, refs(got), tt.want)
		}
	}
}

func TestSearchResultsCarryEnoughToDraw(t *testing.T) {
	db := seeded(t, testWorld())
	got, err := db.Search("new hope", 5)
	if err != nil || len(got) < 2 {
		t.Fatal(got, err)
	}
	mp, acct := got[0], got[1]
	if mp.Title != "New Hope Member Service" || mp.Subtitle != "Dairy" || mp.Icon != "🥛" || mp.Score != 80 {
		t.Errorf("mini program result = %+v", mp)
	}
	if acct.Title != "New Hope Dairy" || acct.Subtitle != "Brand · "+model.CompactCount(1000)+" fans" || acct.Score != 80 {
		t.Errorf("account result = %+v", acct)
	}
	p, _ := db.Search("crayfish series", 5)
	if len(p) != 1 || p[0].Subtitle != "KFC · Image-text" {
		t.Errorf("post result = %+v", p)
	}
}

func TestSearchOrderWithinKind(t *testing.T) {
	w := testWorld()
	w.MiniPrograms = append(w.MiniPrograms,
		model.MiniProgram{ID: "mp-hope-b", Name: "Hope Bakery", Category: "Bakery"},
		model.MiniProgram{ID: "mp-hope-a", Name: "Hope", Category: "Charity"},
		model.MiniProgram{ID: "mp-hope-c", Name: "Bakery of Hope", Category: "Bakery"},
		model.MiniProgram{ID: "mp-hopeful", Name: "Hopeful Cars", Category: "Cars"},
		model.MiniProgram{ID: "mp-tag", Name: "Plain Shop", Category: "hopes"},
	)
	db := seeded(t, w)
	got, _ := db.Search("hope", 10)
	want := []string{
		"mini_program:mp-hope-a",  // exact name (100)
		"mini_program:mp-hope-b",  // name prefix, "Hope Bakery" < "Hopeful Cars" (80)
		"mini_program:mp-hopeful", // name prefix (80)
		"mini_program:mp-hope-c",  // word prefix (60), "Bakery of Hope" < "New Hope…"
		"mini_program:mp-newhope", // word prefix (60)
		"mini_program:mp-tag",     // category only (20)
		"account:acct-newhope",
		"post:p2", // by New Hope Dairy (20)
		"post:p5",
	}
	if fmt.Sprint(refs(got)) != fmt.Sprint(want) {
		t.Errorf("Search(hope) = %v\nwant %v", refs(got), want)
	}
}
