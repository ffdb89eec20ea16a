package store

import (
	"errors"
	"reflect"
	"testing"

	"lifesim/model"
)

func TestSeedIdempotentAndKeepsUserState(t *testing.T) {
	db := seeded(t, testWorld())

	// the returning persona's seed state is applied on first seed
	st, err := db.State("returning")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(st.Favourites, []model.MiniProgramID{"mp-kfc"}) {
		t.Errorf("seed favourites = %v", st.Favourites)
	}
	if len(st.Recents) != 2 || st.Recents[0].MiniProgramID != "mp-kfc" || st.Recents[1].MiniProgramID != "mp-bk" ||
		!st.Recents[0].At.After(st.Recents[1].At) {
		t.Errorf("seed recents = %+v; want mp-kfc then mp-bk, newest first", st.Recents)
	}
	if len(st.Follows) != 1 || st.Follows[0].AccountID != "acct-kfc" {
		t.Errorf("seed follows = %+v", st.Follows)
	}

	// the persona changes its state
	if _, err := db.ToggleFavourite(actor("returning", 1), "mp-kfc", model.SourceSearch); err != nil { // uncollect
		t.Fatal(err)
	}
	if _, _, err := db.ToggleLike(actor("returning", 2), "p1"); err != nil {
		t.Fatal(err)
	}
	before, _ := db.State("returning")
	events, _ := db.Events(0, 100)

	// same hash: nothing happens
	if ok, err := db.Seed(testWorld(), "hash-1"); err != nil || ok {
		t.Fatalf("second Seed = %v, %v; want false, nil", ok, err)
	}
	if after, _ := db.State("returning"); !reflect.DeepEqual(before, after) {
		t.Errorf("state changed by a no-op seed:\n%+v\n%+v", before, after)
	}

	// a changed world under a new hash reseeds and keeps user state
	w := testWorld()
	w.Posts[0].Title = "Crayfish is back"
	w.Posts[0].Counts.Likes = 200
	w.Posts = w.Posts[:len(w.Posts)-1] // p7 removed
	w.Settings.GridRows = 4
	if ok, err := db.Seed(w, "hash-2"); err != nil || !ok {
		t.Fatalf("Seed(new hash) = %v, %v; want true, nil", ok, err)
	}
	db = reopen(t, db)
	if after, _ := db.State("returning"); !reflect.DeepEqual(before, after) {
		t.Errorf("user state not kept across reseed:\n%+v\n%+v", before, after)
	}
	p, err := db.Post("p1")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Crayfish is back" || p.Counts.Likes != 201 {
		t.Errorf("p1 = %q, %d likes; want the new title and 200+1 likes", p.Title, p.Counts.Likes)
	}
	if _, err := db.Post("p7"); !errors.Is(err, ErrNotFound) {
		t.Errorf("removed post: err = %v; want ErrNotFound", err)
	}
	if res, _ := db.Search("renew", 5); len(res) != 0 {
		t.Errorf("removed post still indexed: %+v", res)
	}
	if page, _ := db.AccountPosts("acct-citizen", "", 5); len(page.Items) != 0 {
		t.Errorf("removed post still in account index: %v", postIDs(page.Items))
	}
	if s, _ := db.Settings(); s.GridRows != 4 {
		t.Errorf("settings not reseeded: %+v", s)
	}
	if h, _ := db.FixtureHash(); h != "hash-2" {
		t.Errorf("hash = %q", h)
	}
	if got, _ := db.Events(0, 100); len(got) != len(events) {
		t.Errorf("events: %d after reseed, %d before", len(got), len(events))
	}
}

func TestSeedNewPersonaGetsSeedStateLater(t *testing.T) {
	w := testWorld()
	w.Personas = w.Personas[:1]
	db := seeded(t, w)
	if _, err := db.State("returning"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown persona: %v", err)
	}
	if _, err := db.Seed(testWorld(), "hash-2"); err != nil {
		t.Fatal(err)
	}
	st, err := db.State("returning")
	if err != nil || len(st.Favourites) != 1 {
		t.Errorf("persona added by a reseed: %+v, %v; want its seed state", st, err)
	}
}

func TestSeedRejectsEmptyHash(t *testing.T) {
	db := open(t, t.TempDir()+"/x.db")
	if _, err := db.Seed(testWorld(), ""); !errors.Is(err, ErrInvalid) {
		t.Errorf("err = %v", err)
	}
}

func TestReseedAndClearUserState(t *testing.T) {
	db := seeded(t, testWorld())
	a := actor("returning", 1)
	if _, err := db.ToggleFavourite(a, "mp-newhope", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.AddComment(a, "p1", "yum"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ToggleFollow(a, "acct-newhope", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if err := db.Reseed(testWorld(), "hash-1"); err != nil {
		t.Fatal(err)
	}
	if st, _ := db.State("returning"); len(st.Favourites) != 2 {
		t.Errorf("Reseed lost user state: %v", st.Favourites)
	}
	nEvents, _ := db.Events(0, 100)

	if err := db.ClearUserState(); err != nil {
		t.Fatal(err)
	}
	st, err := db.State("returning")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(st.Favourites, []model.MiniProgramID{"mp-kfc"}) || len(st.Comments) != 0 || len(st.Follows) != 1 {
		t.Errorf("after ClearUserState: %+v; want only the seed state", st)
	}
	if p, _ := db.Post("p1"); p.Counts.Comments != 5 {
		t.Errorf("p1 comments = %d; want the fixture's 5", p.Counts.Comments)
	}
	if c, _ := db.Comments("p1"); len(c) != 0 {
		t.Errorf("comments kept: %+v", c)
	}
	if a, _ := db.Account("acct-newhope"); a.Fans != 1000 {
		t.Errorf("fans = %d; want the fixture's 1000", a.Fans)
	}
	if got, _ := db.Events(0, 100); len(got) != len(nEvents) {
		t.Errorf("events: %d, want %d kept", len(got), len(nEvents))
	}
}

func TestSettingsDefaults(t *testing.T) {
	db := open(t, t.TempDir()+"/x.db")
	if s, err := db.Settings(); err != nil || !s.Epoch.Equal(model.DefaultSettings().Epoch) || s.GridSize() != 9 {
		t.Errorf("unseeded Settings = %+v, %v", s, err)
	}
	w := testWorld()
	w.Settings = model.Settings{GridColumns: 4}
	if _, err := db.Seed(w, "h"); err != nil {
		t.Fatal(err)
	}
	s, _ := db.Settings()
	want := model.DefaultSettings()
	want.GridColumns = 4
	if !s.Epoch.Equal(want.Epoch) || s.GridColumns != 4 || s.GridRows != 3 || s.NearbyRadiusMetres != 1000 {
		t.Errorf("Settings = %+v; want defaults with 4 columns", s)
	}
}
