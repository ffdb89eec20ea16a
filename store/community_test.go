package store

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"lifesim/model"
)

// eventsSince returns the events appended after the first n.
func eventsSince(t *testing.T, db *DB, n int) []model.Event {
	t.Helper()
	evs, err := db.Events(uint64(n), 10000)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func eventCount(t *testing.T, db *DB) int {
	t.Helper()
	evs, err := db.Events(0, 100000)
	if err != nil {
		t.Fatal(err)
	}
	return len(evs)
}

func TestGroupPostsByComponentAndTag(t *testing.T) {
	w := testWorld()
	w.Groups = append(w.Groups, model.Group{ID: "g-crayfish", Name: "Crayfish Fans", Members: 10})
	w.Posts[0].Components = append(w.Posts[0].Components, model.Component{Kind: model.ComponentGroup, GroupID: "g-crayfish"})
	w.Posts[2].Tags = append(w.Posts[2].Tags, "crayfish fans") // p3, by tag
	w.Posts[3].Tags = append(w.Posts[3].Tags, "Foodies")       // p4 → g-food
	db := seeded(t, w)
	page, err := db.GroupPosts("g-crayfish", "", 10)
	if err != nil || !slices.Equal(postIDs(page.Items), []model.PostID{"p1", "p3"}) || page.Next != "" {
		t.Fatalf("GroupPosts = %v %q, %v", postIDs(page.Items), page.Next, err)
	}
	// paging: one at a time, newest first
	first, err := db.GroupPosts("g-crayfish", "", 1)
	if err != nil || len(first.Items) != 1 || first.Items[0].ID != "p1" || first.Next == "" {
		t.Fatalf("first page = %v %q, %v", postIDs(first.Items), first.Next, err)
	}
	second, err := db.GroupPosts("g-crayfish", first.Next, 1)
	if err != nil || len(second.Items) != 1 || second.Items[0].ID != "p3" {
		t.Fatalf("second page = %v, %v", postIDs(second.Items), err)
	}
	if page, _ := db.GroupPosts("g-food", "", 10); !slices.Equal(postIDs(page.Items), []model.PostID{"p4"}) {
		t.Fatalf("g-food posts = %v", postIDs(page.Items))
	}
	if _, err := db.GroupPosts("nope", "", 10); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown group: %v", err)
	}
}

func TestToggleGroupPersists(t *testing.T) {
	db := seeded(t, testWorld())
	n := 0
	if err := db.OpenedGroup(actor("newuser", 1), "g-food", model.SourcePostComponent); err != nil {
		t.Fatal(err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventOpenGroup, "g-food", model.SourcePostComponent, 0, "")
	joined, g, err := db.ToggleGroup(actor("newuser", 2), "g-food")
	if err != nil || !joined || g.Members != 1201 {
		t.Fatalf("join = %v %+v, %v", joined, g, err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventGroupJoin, "g-food", "", 0, "")
	// a second persona joins too: members count every persona
	if _, g, _ := db.ToggleGroup(actor("returning", 2), "g-food"); g.Members != 1202 {
		t.Fatalf("second member: %+v", g)
	}
	n++

	db = reopen(t, db)
	st, err := db.State("newuser")
	if err != nil || len(st.Groups) != 1 || st.Groups[0].GroupID != "g-food" || !st.Groups[0].JoinedAt.Equal(actor("", 2).At) {
		t.Fatalf("groups after reopen = %+v, %v", st.Groups, err)
	}
	if g, _ := db.Group("g-food"); g.Members != 1202 {
		t.Fatalf("members after reopen = %d", g.Members)
	}
	joined, g, err = db.ToggleGroup(actor("newuser", 3), "g-food")
	if err != nil || joined || g.Members != 1201 {
		t.Fatalf("leave = %v %+v, %v", joined, g, err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventGroupLeave, "g-food", "", 0, "")
	if st, _ := db.State("newuser"); len(st.Groups) != 0 {
		t.Fatalf("groups after leave = %+v", st.Groups)
	}
	if _, _, err := db.ToggleGroup(actor("newuser", 4), "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown group: %v", err)
	}
	noEvent(t, db, n)
}

func TestPublishPost(t *testing.T) {
	db := seeded(t, testWorld())
	n := 0
	a := actor("newuser", 5) // after every fixture post: the newest
	p, err := db.PublishPost(a, model.Draft{Title: "  My first post ", Body: "Hello\x1b[31m Life", Topic: "#Foodies", GroupID: "g-food"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(p.ID), "u-newuser-") || p.AccountID != "persona-newuser" || p.Title != "My first post" ||
		p.Body != "Hello Life" || !p.PublishedAt.Equal(a.At) || !slices.Equal(p.Tags, []string{"Foodies"}) {
		t.Fatalf("published %+v", p)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventPublishPost, string(p.ID), "", 0, "g-food")

	check := func(db *DB, when string) {
		t.Helper()
		if got, err := db.Post(p.ID); err != nil || got.Title != "My first post" {
			t.Fatalf("%s: Post = %+v, %v", when, got, err)
		}
		acc, err := db.Account("persona-newuser")
		if err != nil || acc.Kind != model.KindCreator || acc.Name != "New user" {
			t.Fatalf("%s: creator account = %+v, %v", when, acc, err)
		}
		if pg, _ := db.AccountPosts("persona-newuser", "", 10); !slices.Equal(postIDs(pg.Items), []model.PostID{p.ID}) {
			t.Fatalf("%s: own page = %v", when, postIDs(pg.Items))
		}
		if pg, _ := db.Following("newuser", "", 10); len(pg.Items) == 0 || pg.Items[0].ID != p.ID {
			t.Fatalf("%s: Following = %v, want the own post first", when, postIDs(pg.Items))
		}
		if pg, _ := db.Recommended("newuser", "", 3); len(pg.Items) == 0 || pg.Items[0].ID != p.ID {
			t.Fatalf("%s: Recommended top 3 = %v, want the new own post first", when, postIDs(pg.Items))
		}
		if pg, _ := db.Recommended("returning", "", 50); !slices.Contains(postIDs(pg.Items), p.ID) {
			t.Fatalf("%s: another persona's Recommended lacks the post", when)
		}
		if pg, _ := db.GroupPosts("g-food", "", 10); !slices.Contains(postIDs(pg.Items), p.ID) {
			t.Fatalf("%s: group posts = %v", when, postIDs(pg.Items))
		}
		if res, _ := db.Search("my first post", 5); len(res) == 0 || res[0].ID != string(p.ID) {
			t.Fatalf("%s: search = %+v", when, res)
		}
		st, _ := db.State("newuser")
		if len(st.OwnPosts) != 1 || st.OwnPosts[0].ID != p.ID {
			t.Fatalf("%s: state own posts = %+v", when, st.OwnPosts)
		}
		// others see it in Recommended, but never as a suggestion to oneself
		if as, _ := db.SuggestedAccounts("newuser", 50); slices.ContainsFunc(as, func(a model.LifeAccount) bool { return a.ID == "persona-newuser" }) {
			t.Fatalf("%s: own account suggested", when)
		}
	}
	check(db, "at once")
	// a like by another persona shows in the state's counts
	if _, _, err := db.ToggleLike(actor("returning", 6), p.ID); err != nil {
		t.Fatal(err)
	}
	if st, _ := db.State("newuser"); st.OwnPosts[0].Counts.Likes != 1 {
		t.Fatalf("own post counts = %+v", st.OwnPosts[0].Counts)
	}
	db = reopen(t, db)
	check(db, "after reopen")
	if err := db.Reseed(testWorld(), "hash-2"); err != nil {
		t.Fatal(err)
	}
	check(db, "after reseed")

	// clearing user state takes the post out of the world and every index
	if err := db.ClearUserState(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Post(p.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("post after clear: %v", err)
	}
	if _, err := db.Account("persona-newuser"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("account after clear: %v", err)
	}
	if pg, _ := db.Recommended("returning", "", 50); slices.Contains(postIDs(pg.Items), p.ID) {
		t.Fatal("post still recommended after clear")
	}
	if pg, _ := db.GroupPosts("g-food", "", 10); len(pg.Items) != 0 {
		t.Fatalf("group posts after clear = %v", postIDs(pg.Items))
	}
	if res, _ := db.Search("my first post", 5); len(res) != 0 {
		t.Fatalf("search after clear = %+v", res)
	}
}

func TestPublishPostRejectsAndChangesNothing(t *testing.T) {
	db := seeded(t, testWorld())
	n := eventCount(t, db)
	for _, tc := range []struct {
		name  string
		draft model.Draft
		want  []error
	}{
		{"empty title", model.Draft{Body: "b"}, []error{ErrInvalid, model.ErrDraftNoTitle}},
		{"empty body", model.Draft{Title: "t"}, []error{ErrInvalid, model.ErrDraftNoBody}},
		{"oversize title", model.Draft{Title: strings.Repeat("x", model.MaxPostTitleRunes+1), Body: "b"}, []error{ErrInvalid, model.ErrDraftTooLong}},
		{"unknown group", model.Draft{Title: "t", Body: "b", GroupID: "nope"}, []error{ErrNotFound}},
	} {
		_, err := db.PublishPost(actor("newuser", 1), tc.draft)
		for _, w := range tc.want {
			if !errors.Is(err, w) {
				t.Errorf("%s: error %v is not %v", tc.name, err, w)
			}
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error is not one line: %q", tc.name, err)
		}
	}
	if _, err := db.PublishPost(actor("nobody", 1), model.Draft{Title: "t", Body: "b"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown persona: %v", err)
	}
	noEvent(t, db, n)
	if st, _ := db.State("newuser"); len(st.OwnPosts) != 0 {
		t.Fatalf("own posts = %+v", st.OwnPosts)
	}
	if _, err := db.Account("persona-newuser"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("creator account made by a rejected post: %v", err)
	}
}

func TestFollowPrompt(t *testing.T) {
	db := seeded(t, testWorld())
	n := 0
	if err := db.FollowPromptShown(actor("newuser", 1), "acct-kfc", "mp-kfc"); err != nil {
		t.Fatal(err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventFollowPromptShown, "acct-kfc", "", 0, "mp-kfc")
	for i := range 3 {
		if err := db.AnswerFollowPrompt(actor("newuser", 2+i), "acct-kfc", "mp-kfc", false); err != nil {
			t.Fatal(err)
		}
		checkEvent(t, lastEvent(t, db, &n), model.EventFollowPromptDismissed, "acct-kfc", "", 0, "mp-kfc")
	}
	db = reopen(t, db)
	st, _ := db.State("newuser")
	if st.FollowPromptDismissals["acct-kfc"] != 3 || len(st.Follows) != 0 {
		t.Fatalf("after three closes: %+v, follows %+v", st.FollowPromptDismissals, st.Follows)
	}
	if (model.FollowPrompt{HasAccount: true, Dismissals: st.FollowPromptDismissals["acct-kfc"], MaxDismissals: 3}).Show() {
		t.Fatal("the pop-up would show after three closes")
	}
	// accepting follows, once; a second accept follows nothing more
	fans := func() int64 { a, _ := db.Account("acct-newhope"); return a.Fans }
	before := fans()
	if err := db.AnswerFollowPrompt(actor("newuser", 9), "acct-newhope", "mp-newhope", true); err != nil {
		t.Fatal(err)
	}
	evs := eventsSince(t, db, n)
	if len(evs) != 2 || evs[0].Kind != model.EventFollowPromptAccepted || evs[1].Kind != model.EventFollow || evs[1].Target != "acct-newhope" {
		t.Fatalf("accept events = %+v", evs)
	}
	// the follow is credited to the pop-up
	checkEvent(t, evs[1], model.EventFollow, "acct-newhope", model.SourceFollowPrompt, 0, "")
	n += 2
	if err := db.AnswerFollowPrompt(actor("newuser", 10), "acct-newhope", "mp-newhope", true); err != nil {
		t.Fatal(err)
	}
	if evs := eventsSince(t, db, n); len(evs) != 1 || evs[0].Kind != model.EventFollowPromptAccepted {
		t.Fatalf("second accept events = %+v", evs)
	}
	n++
	if st, _ := db.State("newuser"); len(st.Follows) != 1 || st.Follows[0].AccountID != "acct-newhope" || fans() != before+1 {
		t.Fatalf("follows %+v, fans %d (was %d)", st.Follows, fans(), before)
	}
	if err := db.AnswerFollowPrompt(actor("newuser", 11), "nope", "mp-kfc", false); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown account: %v", err)
	}
	noEvent(t, db, n)
}
