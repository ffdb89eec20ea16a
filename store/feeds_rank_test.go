package store

import (
	"reflect"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// TestFeedValueRoundTrip: what ranking reads of a post comes back from
// its idx_feed_time value as it went in.
func TestFeedValueRoundTrip(t *testing.T) {
	at := time.Date(2026, 1, 8, 9, 30, 0, 123, time.UTC)
	for _, tc := range []struct {
		name string
		post model.Post
	}{
		{"bare", model.Post{ID: "p", AccountID: "a"}},
		{"full", model.Post{ID: "p1", AccountID: "acct-kfc", Title: "KFC 小龙虾 Crayfish", Tags: []string{"food", "小龙虾", ""},
			Counts: model.Counts{Likes: 90000, Comments: 3, Collects: 1 << 40, Forwards: 7}}},
		{"negative counts", model.Post{ID: "p2", AccountID: "a", Title: "t", Counts: model.Counts{Likes: -1, Forwards: -300}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.post
			want.PublishedAt = at
			// ranking reads no other field: Body, Kind and the rest stay empty
			got, err := rankFields(want.ID, at, feedValue(want))
			if err != nil {
				t.Fatal(err)
			}
			if len(want.Tags) == 0 {
				want.Tags = []string{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("rankFields(feedValue(p)) = %+v; want %+v", got, want)
			}
		})
	}
}

// TestFeedValueRefused: a value feedValue did not write (none, another
// layout, cut short or with bytes left over) is refused, so the post is
// read instead of being ranked from garbage.
func TestFeedValueRefused(t *testing.T) {
	v := feedValue(model.Post{ID: "p", AccountID: "acct", Title: "title", Tags: []string{"x", "yz"},
		Counts: model.Counts{Likes: 300, Comments: 2}})
	bad := [][]byte{nil, {}, {feedValueV1 + 1}, append(slices.Clone(v), 0)}
	for n := range len(v) {
		bad = append(bad, v[:n])
	}
	// a tag count beyond what is left
	bad = append(bad, []byte{feedValueV1, 1, 'a', 1, 't', 100})
	for _, b := range bad {
		if _, err := rankFields("p", time.Time{}, b); err == nil {
			t.Errorf("rankFields(%q) = nil error; want it refused", b)
		}
	}
}

// setFeedValues writes (or, with clear, removes) the value of every
// idx_feed_time entry, from its post.
func setFeedValues(t *testing.T, db *DB, clear bool) {
	t.Helper()
	err := db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bktIdxFeedTime)
		var keys [][]byte
		_ = b.ForEach(func(k, _ []byte) error { keys = append(keys, slices.Clone(k)); return nil })
		for _, k := range keys {
			var v []byte
			if !clear {
				id, _ := splitTimeIDKey(k)
				rec, err := getByID[postRecord](tx, bktPosts, "post", id)
				if err != nil {
					return err
				}
				v = feedValue(rec.model())
			}
			if err := b.Put(k, v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestRecommendedSameFromValues: Recommended gives the same pages, post
// for post, whether it ranks from idx_feed_time's values or from the
// posts, for every persona, with counts changed since seeding and a
// persona's own new post among the newest.
func TestRecommendedSameFromValues(t *testing.T) {
	db := seeded(t, bigWorld(RecommendSample+40, 9))
	a := actor("returning", 1)
	if _, _, err := db.ToggleLike(a, "gen-p000003"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.ToggleCollectPost(actor("newuser", 2), "p1"); err != nil {
		t.Fatal(err)
	}
	own, err := db.PublishPost(actor("newuser", 3), model.Draft{Title: "My food and milk", Body: "Hello"})
	if err != nil {
		t.Fatal(err)
	}
	personas, err := db.Personas()
	if err != nil {
		t.Fatal(err)
	}
	pages := func() map[model.PersonaID][]model.Post {
		out := map[model.PersonaID][]model.Post{}
		for _, p := range personas {
			var c Cursor
			for {
				page, err := db.Recommended(p.ID, c, 25)
				if err != nil {
					t.Fatal(err)
				}
				out[p.ID] = append(out[p.ID], page.Items...)
				if c = page.Next; c == "" {
					break
				}
			}
		}
		return out
	}
	setFeedValues(t, db, true)
	fromPosts := pages()
	setFeedValues(t, db, false)
	fromValues := pages()
	if !slices.Contains(postIDs(fromValues["newuser"]), own.ID) {
		t.Fatalf("newuser's own post %s is not in its Recommended", own.ID)
	}
	for _, p := range personas {
		if len(fromPosts[p.ID]) == 0 {
			t.Fatalf("%s: no Recommended posts", p.ID)
		}
		if !reflect.DeepEqual(fromValues[p.ID], fromPosts[p.ID]) {
			t.Errorf("%s: Recommended from values\n%v\nfrom posts\n%v", p.ID, postIDs(fromValues[p.ID]), postIDs(fromPosts[p.ID]))
		}
	}
}
