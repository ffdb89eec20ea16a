package store

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"lifesim/fixtures"
	"lifesim/model"
)

// embeddedAliases are the embedded world's aliases, which the small test
// worlds search with.
var embeddedAliases = sync.OnceValue(func() [][]string {
	w, err := fixtures.Load()
	if err != nil {
		panic(err)
	}
	return w.Aliases
})

var updateSearch = flag.Bool("update-search", false, "rewrite testdata/search_aliases.golden")

// TestSearchByOtherNames pins what the embedded world's aliases find, with
// scores: the Chinese names of English ones and back. It was written
// before the aliases moved from Go code to fixtures/world/aliases.json, to
// show the move changed no result. When the world changes on purpose, run
// go test ./store -run TestSearchByOtherNames -update-search.
func TestSearchByOtherNames(t *testing.T) {
	db := seededWorld(t)
	var b strings.Builder
	for _, q := range []string{"小龙虾", "肯德基", "milk", "New Hope", "crayfish", "egg tarts", "新希望", "茶"} {
		fmt.Fprintf(&b, "# %s\n", q)
		for _, r := range search(t, db, q) {
			fmt.Fprintf(&b, "%s:%s %d\n", r.Kind, r.ID, r.Score)
		}
	}
	const golden = "testdata/search_aliases.golden"
	if *updateSearch {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("search results changed; want %s:\n%s\ngot:\n%s", golden, want, got)
	}
}

// Search finds the other names the seeded world's aliases give, in its
// posts and in posts published later, and a reseed with other aliases
// indexes every post, a persona's own ones too, with the new ones.
func TestSearchUsesTheSeededWorldsAliases(t *testing.T) {
	bare := testWorld()
	bare.Aliases = nil
	db := seeded(t, bare)
	own, err := db.PublishPost(actor("newuser", 5), model.Draft{Title: "Crayfish at home", Body: "Boiled."})
	if err != nil {
		t.Fatal(err)
	}
	scores := func(q string) map[string]int {
		t.Helper()
		out := map[string]int{}
		for _, r := range search(t, db, q) {
			out[r.ID] = r.Score
		}
		return out
	}
	if got := scores("小龙虾"); len(got) != 1 || got["p3"] == 0 {
		t.Errorf("without aliases, 小龙虾 finds %v; want p3 (its own title) only", got)
	}

	w := testWorld()
	w.Aliases = [][]string{{"crayfish", "小龙虾"}, {"Yogurt", "Zabadi"}}
	if err := db.Reseed(w, "hash-2"); err != nil {
		t.Fatal(err)
	}
	later, err := db.PublishPost(actor("newuser", 6), model.Draft{Title: "Yogurt and crayfish", Body: "Both."})
	if err != nil {
		t.Fatal(err)
	}
	got := scores("小龙虾")
	for _, id := range []string{"p1", string(own.ID), string(later.ID)} {
		if got[id] != scoreOtherName {
			t.Errorf("小龙虾 finds %v; want %s by another name of its title (%d)", got, id, scoreOtherName)
		}
	}
	if got := scores("zabadi"); got["p5"] != scoreOtherName || got[string(later.ID)] != scoreOtherName {
		t.Errorf("zabadi finds %v; want p5 and %s by another name of their titles", got, later.ID)
	}
	for id, score := range scores("肯德基") {
		if score == scoreOtherName {
			t.Errorf("肯德基 finds %s by another name; this world's aliases do not name KFC", id)
		}
	}
}
