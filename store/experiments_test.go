package store

import (
	"errors"
	"reflect"
	"testing"

	"lifesim/model"
)

func withExperiments(w model.World) model.World {
	w.Experiments = []model.Experiment{
		{Key: model.ExpCollectGuidance, Arms: []model.Arm{{Value: "on", Weight: 1}, {Value: "off", Weight: 1}}},
		{Key: model.ExpLifeEntry, Arms: []model.Arm{{Value: "tab", Weight: 1}, {Value: "messages", Weight: 1}}},
	}
	return w
}

func TestExperimentsAreSeeded(t *testing.T) {
	db := seeded(t, testWorld())
	if got, err := db.Experiments(); err != nil || len(got) != 0 {
		t.Fatalf("Experiments of a world without them = %v, %v", got, err)
	}
	w := withExperiments(testWorld())
	if err := db.Reseed(w, "hash-2"); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	if got, err := db.Experiments(); err != nil || !reflect.DeepEqual(got, w.Experiments) {
		t.Errorf("Experiments = %+v, %v; want %+v", got, err, w.Experiments)
	}
}

// variantActor is actor with an experiment arm.
func variantActor(p model.PersonaID, minutes int, key, arm string) model.Actor {
	a := actor(p, minutes)
	a.Variants = map[string]string{key: arm}
	return a
}

func TestExposeOncePerPersonaAndArm(t *testing.T) {
	db := seeded(t, withExperiments(testWorld()))
	n := 0
	off := variantActor("newuser", 1, model.ExpCollectGuidance, "off")

	if ok, err := db.Expose(off, model.ExpCollectGuidance); err != nil || !ok {
		t.Fatalf("first Expose = %v, %v", ok, err)
	}
	e := lastEvent(t, db, &n)
	checkEvent(t, e, model.EventExposure, model.ExpCollectGuidance, "", 0, "off")
	if e.Variants[model.ExpCollectGuidance] != "off" {
		t.Errorf("exposure variants = %v", e.Variants)
	}
	// again, and after a restart: nothing
	if ok, err := db.Expose(off, model.ExpCollectGuidance); err != nil || ok {
		t.Errorf("second Expose = %v, %v", ok, err)
	}
	db = reopen(t, db)
	if ok, _ := db.Expose(off, model.ExpCollectGuidance); ok {
		t.Error("exposure recorded again after reopen")
	}
	noEvent(t, db, n)

	// another arm (forced with --variant) is a new exposure; another
	// persona has its own
	if ok, _ := db.Expose(variantActor("newuser", 2, model.ExpCollectGuidance, "on"), model.ExpCollectGuidance); !ok {
		t.Error("the other arm was not recorded")
	}
	lastEvent(t, db, &n)
	ret := variantActor("returning", 2, model.ExpCollectGuidance, "off")
	ret.Session = "s1"
	if ok, _ := db.Expose(ret, model.ExpCollectGuidance); !ok {
		t.Error("another persona's exposure was not recorded")
	}
	lastEvent(t, db, &n)

	// no arm for the key: nothing; unknown persona: an error and nothing
	if ok, err := db.Expose(off, model.ExpLifeEntry); ok || err != nil {
		t.Errorf("Expose without an arm = %v, %v", ok, err)
	}
	if _, err := db.Expose(variantActor("ghost", 1, model.ExpLifeEntry, "tab"), model.ExpLifeEntry); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown persona: %v", err)
	}
	noEvent(t, db, n)
}

func TestGuidanceOutcomes(t *testing.T) {
	db := seeded(t, testWorld())
	n := 0
	a := variantActor("newuser", 3, model.ExpCollectGuidance, "on")

	on, err := db.CollectFromGuidance(a, "mp-newhope", model.SourceSearch)
	if err != nil || !on {
		t.Fatalf("CollectFromGuidance = %v, %v", on, err)
	}
	evs, _ := db.Events(0, 100)
	if len(evs) != 2 {
		t.Fatalf("%d events; want collect and guidance_accepted", len(evs))
	}
	checkEvent(t, evs[0], model.EventCollect, "mp-newhope", model.SourceSearch, 1005, "")
	checkEvent(t, evs[1], model.EventGuidanceAccepted, "mp-newhope", "", 0, "")
	if evs[1].Variants[model.ExpCollectGuidance] != "on" || !evs[0].At.Equal(evs[1].At) {
		t.Errorf("accepted = %+v", evs[1])
	}
	n = 2
	if st, _ := db.State("newuser"); !reflect.DeepEqual(st.Favourites, []model.MiniProgramID{"mp-newhope"}) {
		t.Errorf("favourites = %v", st.Favourites)
	}
	// pressed again: a plain uncollect
	if on, _ := db.CollectFromGuidance(a, "mp-newhope", model.SourceHomeGrid); on {
		t.Error("second press did not uncollect")
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventUncollect, "mp-newhope", model.SourceHomeGrid, 1000, "")

	if err := db.DismissGuidance(a, "mp-kfc"); err != nil {
		t.Fatal(err)
	}
	checkEvent(t, lastEvent(t, db, &n), model.EventGuidanceDismissed, "mp-kfc", "", 0, "")

	// failures write nothing
	if _, err := db.CollectFromGuidance(a, "nope", model.SourceSearch); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown mini program: %v", err)
	}
	if err := db.DismissGuidance(a, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown mini program: %v", err)
	}
	noEvent(t, db, n)
}

// Every action's event carries the actor's variants, so the funnel can be
// broken down by arm.
func TestEventsCarryVariants(t *testing.T) {
	db := seeded(t, testWorld())
	a := variantActor("newuser", 1, model.ExpFeedRanking, "chronological")
	if _, err := db.ToggleFollow(a, "acct-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.ToggleLike(a, "p1"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.OpenMiniProgram(a, "mp-kfc", model.SourceHomeGrid); err != nil {
		t.Fatal(err)
	}
	evs, _ := db.Events(0, 100)
	if len(evs) != 3 {
		t.Fatalf("%d events", len(evs))
	}
	for _, e := range evs {
		if !reflect.DeepEqual(e.Variants, map[string]string{model.ExpFeedRanking: "chronological"}) {
			t.Errorf("%s variants = %v", e.Kind, e.Variants)
		}
	}
}

func TestLatestIsNewestFirst(t *testing.T) {
	db := seeded(t, bigWorld(45, 5))
	var got []model.PostID
	var c Cursor
	for range 10 {
		page, err := db.Latest("newuser", c, 20)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, postIDs(page.Items)...)
		if c = page.Next; c == "" {
			break
		}
	}
	if len(got) != 45+7 {
		t.Fatalf("%d posts; want 52", len(got))
	}
	seen := map[model.PostID]bool{}
	var prev model.Post
	for i, id := range got {
		p, _ := db.Post(id)
		if seen[id] {
			t.Fatalf("%s twice", id)
		}
		seen[id] = true
		if i > 0 && (p.PublishedAt.After(prev.PublishedAt) || p.PublishedAt.Equal(prev.PublishedAt) && p.ID > prev.ID) {
			t.Fatalf("%s (%v) after %s (%v): not newest first", p.ID, p.PublishedAt, prev.ID, prev.PublishedAt)
		}
		prev = p
	}
	if got[0] != "gen-p000001" { // published at epoch with gen-p000000; ties newest id first
		t.Errorf("first = %s; want gen-p000001", got[0])
	}
	if _, err := db.Latest("ghost", "", 5); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown persona: %v", err)
	}
	if _, err := db.Latest("newuser", "zz", 5); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad cursor: %v", err)
	}
}
