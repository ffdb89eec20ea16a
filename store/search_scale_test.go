package store

import (
	"bytes"
	"fmt"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// crowdedWorld is the test world and more posts than Search reads of one
// kind (maxCandidatesPerKind), each saying "zany" in its text, which
// sorts before every other word that starts with z; two posts name z
// words in their titles.
func crowdedWorld() model.World {
	w := testWorld()
	for i := range maxCandidatesPerKind + 100 {
		w.Posts = append(w.Posts, model.Post{
			ID: model.PostID(fmt.Sprintf("crowd-%04d", i)), AccountID: "acct-kfc", Kind: model.PostImageText,
			Title: fmt.Sprintf("Crowd post %d", i), Body: "A zany day.", PublishedAt: epoch,
		})
	}
	w.Posts = append(w.Posts,
		model.Post{ID: "zoo", AccountID: "acct-kfc", Kind: model.PostImageText, Title: "Zoo day", PublishedAt: epoch},
		model.Post{ID: "plaza", AccountID: "acct-kfc", Kind: model.PostImageText, Title: "Plaza zoom", PublishedAt: epoch},
	)
	return w
}

// With more matches than it reads, one letter still finds the title that
// starts with it (by its name token) and the one with a word that does
// (its entry's class), above the matches in the text, which are all
// read before them in index order; of those, the five shown are the best
// of the first matchesPerResult×5.
func TestSearchOneLetterFindsNamesAmongManyMatches(t *testing.T) {
	db := seeded(t, crowdedWorld())
	tests := []struct {
		query string
		want  []string // the posts, in order, with scores
	}{
		{"z", []string{"zoo 80", "plaza 60", "crowd-0000 20", "crowd-0001 20", "crowd-0010 20"}},
		{"zo", []string{"zoo 80", "plaza 60"}},
		{"zoo", []string{"zoo 80", "plaza 60"}},
		{"zoo day", []string{"zoo 100"}},
		{"plaza", []string{"plaza 80"}},
		{"zoom", []string{"plaza 60"}},
		// the best by title of the first matchesPerResult×5 read, not
		// "Crowd post 100" of all of them
		{"zany", []string{"crowd-0000 20", "crowd-0001 20", "crowd-0010 20", "crowd-0011 20", "crowd-0012 20"}},
		{"crowd post 12", []string{"crowd-0012 100", "crowd-0120 80", "crowd-0121 80", "crowd-0122 80", "crowd-0123 80"}},
	}
	for _, tt := range tests {
		rs, err := db.Search(tt.query, model.SearchPerKind)
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.query, err)
		}
		var got []string
		for _, r := range rs {
			if r.Kind == model.ResultPost {
				got = append(got, fmt.Sprintf("%s %d", r.ID, r.Score))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Search(%q) posts = %v\nwant %v", tt.query, got, tt.want)
		}
	}
}

// A name ranked from its name token shows what its record says, as any
// other result does.
func TestSearchByNameCarriesTheRecord(t *testing.T) {
	db := seeded(t, crowdedWorld())
	got := search(t, db, "Zoo day")
	if len(got) != 1 || got[0] != (model.SearchResult{Kind: model.ResultPost, ID: "zoo", Title: "Zoo day",
		Subtitle: "KFC · Image-text", Score: 100}) {
		t.Errorf("Search(Zoo day) = %+v", got)
	}
}

// Publishing indexes a post by its name, and clearing user state takes
// every entry of the post out of idx_search, its name token's too.
func TestUnpublishedPostLeavesNoSearchEntry(t *testing.T) {
	db := seeded(t, testWorld())
	p, err := db.PublishPost(actor("newuser", 5), model.Draft{Title: "Quokka picnic", Body: "Sunny."})
	if err != nil {
		t.Fatal(err)
	}
	if got := refs(search(t, db, "quokka p")); len(got) != 1 || got[0] != "post:"+string(p.ID) {
		t.Fatalf("Search(quokka p) = %v; want the new post", got)
	}
	if err := db.ClearUserState(); err != nil {
		t.Fatal(err)
	}
	ref := docKey(string(model.ResultPost), string(p.ID))
	err = db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bktIdxSearch).ForEach(func(k, _ []byte) error {
			if bytes.HasSuffix(k, append([]byte{sep}, ref...)) {
				t.Errorf("idx_search keeps %q after the post was taken out", k)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}
