package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"lifesim/model"
)

// lastEvent asserts that exactly one event was appended since n and returns it.
func lastEvent(t *testing.T, db *DB, n *int) model.Event {
	t.Helper()
	evs, err := db.Events(0, 10000)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != *n+1 {
		t.Fatalf("%d events appended; want 1 (%+v)", len(evs)-*n, evs[*n:])
	}
	*n = len(evs)
	e := evs[len(evs)-1]
	if e.Seq != uint64(len(evs)) {
		t.Errorf("seq = %d; want %d", e.Seq, len(evs))
	}
	return e
}

func noEvent(t *testing.T, db *DB, n int) {
	t.Helper()
	if evs, _ := db.Events(0, 10000); len(evs) != n {
		t.Errorf("%d events appended; want none (%+v)", len(evs)-n, evs[n:])
	}
}

func checkEvent(t *testing.T, e model.Event, kind model.EventKind, target string, src model.Source, scene int, detail string) {
	t.Helper()
	if e.Kind != kind || e.Target != target || e.Source != src || e.Scene != scene || e.Detail != detail ||
		e.Persona != "newuser" || e.Session != "s1" || e.At.IsZero() {
		t.Errorf("event = %+v\nwant kind %s target %s source %q scene %d detail %q", e, kind, target, src, scene, detail)
	}
}

func TestUserActionsPersistAndRecordEvents(t *testing.T) {
	db := seeded(t, testWorld())
	n := 0
	a := actor("newuser", 1)

	// search → open → collect → follow → like → collect post → comment → forward → claim → order
	st, err := db.OpenMiniProgram(a, "mp-newhope", model.SourceSearch)
	if err != nil || len(st.Recents) != 1 || st.Recents[0].MiniProgramID != "mp-newhope" || !st.Recents[0].At.Equal(a.At) {
		t.Fatalf("OpenMiniProgram = %+v, %v", st.Recents, err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventOpenMiniProgram, "mp-newhope", model.SourceSearch, 1005, "")

	if on, err := db.ToggleFavourite(a, "mp-newhope", model.SourceSearch); err != nil || !on {
		t.Fatal(on, err)
	}
	// a collect or follow carries the source of the page it happened on
	checkEvent(t, lastEvent(t, db, &n), model.EventCollect, "mp-newhope", model.SourceSearch, 1005, "")
	if on, _ := db.ToggleFavourite(a, "mp-kfc", model.SourceSearch); !on {
		t.Fatal("collect kfc")
	}
	lastEvent(t, db, &n)

	if err := db.OpenedAccount(a, "acct-newhope", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventOpenAccount, "acct-newhope", model.SourceSearch, 1005, "")
	if on, err := db.ToggleFollow(a, "acct-newhope", model.SourceSearch); err != nil || !on {
		t.Fatal(on, err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventFollow, "acct-newhope", model.SourceSearch, 1005, "")
	if acct, _ := db.Account("acct-newhope"); acct.Fans != 1001 {
		t.Errorf("fans = %d; want 1001", acct.Fans)
	}

	if err := db.OpenedPost(a, "p1", model.SourceFeed); err != nil {
		t.Fatal(err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventOpenPost, "p1", model.SourceFeed, 0, "")
	liked, counts, err := db.ToggleLike(a, "p1")
	if err != nil || !liked || counts.Likes != 101 {
		t.Fatalf("ToggleLike = %v %+v %v", liked, counts, err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventLike, "p1", "", 0, "")
	coll, counts, err := db.ToggleCollectPost(a, "p1")
	if err != nil || !coll || counts.Collects != 8 || counts.Likes != 101 {
		t.Fatalf("ToggleCollectPost = %v %+v %v", coll, counts, err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventCollectPost, "p1", "", 0, "")
	text := "Looks great \x1b[31m!"
	c, counts, err := db.AddComment(a, "p1", text)
	if err != nil || c.Text != text || c.PostID != "p1" || c.Persona != "newuser" || c.ID == "" || counts.Comments != 6 {
		t.Fatalf("AddComment = %+v %+v %v", c, counts, err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventComment, "p1", "", 0, text)
	counts, err = db.Forward(a, "p1", "Mum")
	if err != nil || counts.Forwards != 3 {
		t.Fatalf("Forward = %+v %v", counts, err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventForward, "p1", "", 0, "Mum")

	if err := db.MarkGuidanceSeen(a, "mp-newhope"); err != nil {
		t.Fatal(err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventGuidanceShown, "mp-newhope", "", 0, "")
	if err := db.MarkGuidanceSeen(a, "mp-kfc"); err != nil { // once per persona, any mini program
		t.Fatal(err)
	}
	noEvent(t, db, n)

	if err := db.RecordEvent(model.NewEvent(a, model.EventSearch, "", model.SourceSearch, "new hope")); err != nil {
		t.Fatal(err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventSearch, "", model.SourceSearch, 1005, "new hope")
	if err := db.RecordEvent(model.Event{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("RecordEvent without kind: %v", err)
	}

	// revisit from My Mini Programs
	if _, err := db.OpenMiniProgram(actor("newuser", 5), "mp-kfc", model.SourceMyMiniPrograms); err != nil {
		t.Fatal(err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventOpenMiniProgram, "mp-kfc", model.SourceMyMiniPrograms, 1002, "")

	// everything survives close and reopen
	db = reopen(t, db)
	st, err = db.State("newuser")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(st.Favourites, []model.MiniProgramID{"mp-newhope", "mp-kfc"}) {
		t.Errorf("favourites = %v", st.Favourites)
	}
	if len(st.Recents) != 2 || st.Recents[0].MiniProgramID != "mp-kfc" || st.Recents[1].MiniProgramID != "mp-newhope" {
		t.Errorf("recents = %+v", st.Recents)
	}
	if len(st.Follows) != 1 || st.Follows[0].AccountID != "acct-newhope" {
		t.Errorf("follows = %+v", st.Follows)
	}
	if !reflect.DeepEqual(st.Likes, []model.PostID{"p1"}) || !reflect.DeepEqual(st.CollectedPosts, []model.PostID{"p1"}) {
		t.Errorf("likes %v collected %v", st.Likes, st.CollectedPosts)
	}
	if len(st.Comments) != 1 || st.Comments[0].Text != text {
		t.Errorf("comments = %+v", st.Comments)
	}
	if len(st.Forwards) != 1 || st.Forwards[0].To != "Mum" {
		t.Errorf("forwards = %+v", st.Forwards)
	}
	if !st.GuidanceSeen {
		t.Error("guidance not seen")
	}
	if p, _ := db.Post("p1"); p.Counts != (model.Counts{Likes: 101, Comments: 6, Collects: 8, Forwards: 3}) {
		t.Errorf("p1 counts = %+v", p.Counts)
	}
	if cs, _ := db.Comments("p1"); len(cs) != 1 || cs[0].ID != c.ID || cs[0].Text != c.Text || !cs[0].At.Equal(c.At) {
		t.Errorf("Comments = %+v; want %+v", cs, c)
	}
	if evs, _ := db.Events(0, 1000); len(evs) != n {
		t.Errorf("%d events after reopen; want %d", len(evs), n)
	}

	// toggles back off
	if liked, counts, _ := db.ToggleLike(a, "p1"); liked || counts.Likes != 100 {
		t.Errorf("unlike = %v %+v", liked, counts)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventUnlike, "p1", "", 0, "")
	if coll, counts, _ := db.ToggleCollectPost(a, "p1"); coll || counts.Collects != 7 {
		t.Errorf("uncollect = %v %+v", coll, counts)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventUncollectPost, "p1", "", 0, "")
	if on, _ := db.ToggleFollow(a, "acct-newhope", model.SourceFeed); on {
		t.Error("unfollow")
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventUnfollow, "acct-newhope", model.SourceFeed, 0, "")
	if acct, _ := db.Account("acct-newhope"); acct.Fans != 1000 {
		t.Errorf("fans = %d; want 1000", acct.Fans)
	}
	if on, _ := db.ToggleFavourite(a, "mp-newhope", model.SourceMyMiniPrograms); on {
		t.Error("uncollect")
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventUncollect, "mp-newhope", model.SourceMyMiniPrograms, 1002, "")
}

func TestFavouritesRemoveAndMove(t *testing.T) {
	db := seeded(t, testWorld())
	a := actor("newuser", 1)
	for _, id := range []model.MiniProgramID{"mp-kfc", "mp-bk", "mp-newhope"} {
		if _, err := db.ToggleFavourite(a, id, model.SourceSearch); err != nil {
			t.Fatal(err)
		}
	}
	evs, _ := db.Events(0, 100)
	n := len(evs)
	got, err := db.MoveFavourite(a, "mp-newhope", -1)
	if want := []model.MiniProgramID{"mp-kfc", "mp-newhope", "mp-bk"}; err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("MoveFavourite(-1) = %v, %v; want %v", got, err, want)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventMoveFavourite, "mp-newhope", model.SourceMyMiniPrograms, 1002, "-1")
	got, _ = db.MoveFavourite(a, "mp-kfc", 10) // clamped to the end
	if want := []model.MiniProgramID{"mp-newhope", "mp-bk", "mp-kfc"}; !reflect.DeepEqual(got, want) {
		t.Errorf("MoveFavourite(+10) = %v; want %v", got, want)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventMoveFavourite, "mp-kfc", model.SourceMyMiniPrograms, 1002, "+2")
	got, _ = db.MoveFavourite(a, "mp-kfc", 1) // already last: nothing
	if want := []model.MiniProgramID{"mp-newhope", "mp-bk", "mp-kfc"}; !reflect.DeepEqual(got, want) {
		t.Errorf("MoveFavourite past the end = %v", got)
	}
	noEvent(t, db, n)

	if err := db.RemoveFavourite(a, "mp-bk"); err != nil {
		t.Fatal(err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventUncollect, "mp-bk", model.SourceMyMiniPrograms, 1002, "")
	db = reopen(t, db)
	if st, _ := db.State("newuser"); !reflect.DeepEqual(st.Favourites, []model.MiniProgramID{"mp-newhope", "mp-kfc"}) {
		t.Errorf("favourites after reopen = %v", st.Favourites)
	}
	if err := db.RemoveFavourite(a, "mp-bk"); !errors.Is(err, ErrNotFound) {
		t.Errorf("RemoveFavourite of a non-favourite: %v", err)
	}
	if _, err := db.MoveFavourite(a, "mp-bk", 1); !errors.Is(err, ErrNotFound) {
		t.Errorf("MoveFavourite of a non-favourite: %v", err)
	}
	noEvent(t, db, n)
}

func TestRecentsCapped(t *testing.T) {
	w := testWorld()
	for i := range model.MaxRecents + 5 {
		w.MiniPrograms = append(w.MiniPrograms, model.MiniProgram{ID: model.MiniProgramID(strings.Repeat("x", i+1)), Name: "X"})
	}
	db := seeded(t, w)
	var st model.UserState
	for i, mp := range w.MiniPrograms {
		var err error
		if st, err = db.OpenMiniProgram(actor("newuser", i), mp.ID, model.SourceHomeGrid); err != nil {
			t.Fatal(err)
		}
	}
	last := w.MiniPrograms[len(w.MiniPrograms)-1].ID
	if len(st.Recents) != model.MaxRecents || st.Recents[0].MiniProgramID != last {
		t.Errorf("recents: %d entries, first %s; want %d, first %s", len(st.Recents), st.Recents[0].MiniProgramID, model.MaxRecents, last)
	}
}

func TestUnknownIDsChangeNothing(t *testing.T) {
	db := seeded(t, testWorld())
	a := actor("newuser", 1)
	before, _ := db.State("newuser")
	calls := map[string]func() error{
		"open":      func() error { _, err := db.OpenMiniProgram(a, "zz", model.SourceSearch); return err },
		"account":   func() error { return db.OpenedAccount(a, "zz", model.SourceSearch) },
		"post":      func() error { return db.OpenedPost(a, "zz", model.SourceFeed) },
		"favourite": func() error { _, err := db.ToggleFavourite(a, "zz", model.SourceSearch); return err },
		"follow":    func() error { _, err := db.ToggleFollow(a, "zz", model.SourceSearch); return err },
		"like":      func() error { _, _, err := db.ToggleLike(a, "zz"); return err },
		"collect":   func() error { _, _, err := db.ToggleCollectPost(a, "zz"); return err },
		"comment":   func() error { _, _, err := db.AddComment(a, "zz", "hi"); return err },
		"forward":   func() error { _, err := db.Forward(a, "zz", "Mum"); return err },
		"claim":     func() error { _, err := db.ClaimCoupon(a, "zz", model.SourcePost); return err },
		"guidance":  func() error { return db.MarkGuidanceSeen(a, "zz") },
		"order":     func() error { _, err := db.PlaceOrder(a, model.Order{MiniProgramID: "zz"}, ""); return err },
		"service": func() error {
			_, err := db.PlaceOrder(a, model.Order{MiniProgramID: "mp-kfc", Lines: []model.OrderLine{{ServiceID: "zz", Qty: 1}}}, "")
			return err
		},
		"persona": func() error {
			_, err := db.ToggleFavourite(actor("ghost", 1), "mp-kfc", model.SourceSearch)
			return err
		},
	}
	for name, call := range calls {
		err := call()
		if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "zz") && name != "persona" {
			t.Errorf("%s: err = %v; want ErrNotFound naming zz", name, err)
		}
	}
	noEvent(t, db, 0)
	if after, _ := db.State("newuser"); !reflect.DeepEqual(before, after) {
		t.Errorf("state changed:\n%+v\n%+v", before, after)
	}
}

func TestAddCommentValidation(t *testing.T) {
	db := seeded(t, testWorld())
	a := actor("newuser", 1)
	for _, text := range []string{"", "   ", "\n\t ", "\x1b[2J", strings.Repeat("好", model.MaxCommentRunes+1)} {
		_, _, err := db.AddComment(a, "p1", text)
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("AddComment(%q…): err = %v; want ErrInvalid", text[:min(len(text), 10)], err)
		}
	}
	if _, _, err := db.AddComment(a, "p1", strings.Repeat("好", model.MaxCommentRunes)); err != nil {
		t.Errorf("a comment of exactly %d runes: %v", model.MaxCommentRunes, err)
	}
	if _, _, err := db.AddComment(a, "p1", strings.Repeat("x", model.MaxCommentRunes+1)); err == nil || !strings.Contains(err.Error(), "too long") {
		t.Errorf("too long: %v", err)
	}
	if cs, _ := db.Comments("p1"); len(cs) != 1 {
		t.Errorf("%d comments stored; want 1", len(cs))
	}
	if p, _ := db.Post("p1"); p.Counts.Comments != 6 {
		t.Errorf("comment count = %d", p.Counts.Comments)
	}
}

func TestCommentsOldestFirstAcrossPersonas(t *testing.T) {
	db := seeded(t, testWorld())
	for i, p := range []model.PersonaID{"newuser", "returning", "newuser"} {
		if _, _, err := db.AddComment(actor(p, i), "p2", string(rune('a'+i))); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := db.AddComment(actor("newuser", 9), "p1", "other post"); err != nil {
		t.Fatal(err)
	}
	cs, err := db.Comments("p2")
	if err != nil || len(cs) != 3 || cs[0].Text != "a" || cs[1].Text != "b" || cs[2].Text != "c" || cs[1].Persona != "returning" {
		t.Errorf("Comments(p2) = %+v, %v", cs, err)
	}
	if p, _ := db.Post("p2"); p.Counts.Comments != 3 {
		t.Errorf("p2 comments = %d", p.Counts.Comments)
	}
	if st, _ := db.State("newuser"); len(st.Comments) != 3 {
		t.Errorf("newuser has %d comments; want 3", len(st.Comments))
	}
}
