package store

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// schema4 is a store written by the release whose format was schema 4
// (commit 577bcc2), before participants; see testdata/schema4/README.md.
const schema4 = "testdata/schema4/store.db"

// A store written by the schema-4 release opens with nothing lost: every
// persona's state, the whole log, the kept drafts and the funnel read
// from its aggregates are what that release read. It gains the
// participants bucket in the same transaction, and a participant then
// works, also after the next open; check finds it healthy before and
// after.
func TestSchema4StoreOpensWithNothingLost(t *testing.T) {
	raw, err := os.ReadFile("testdata/schema4/want.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		schema1Want
		Aggregates []model.FunnelGroup    `json:"aggregates"`
		Drafts     map[string]model.Draft `json:"drafts"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	path := copyFile(t, schema4)
	if v := storedSchema(t, path); v != "4" {
		t.Fatalf("testdata store has schema %q; want 4", v)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("the schema-4 store before its upgrade:\n%s", probs)
	}
	db := open(t, path)
	schema4Kept(t, db, want.schema1Want, want.Aggregates, want.Drafts)
	if err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bktParticipants) == nil {
			t.Error("no participants bucket after the upgrade")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, created, err := db.AddParticipant("alice", "newuser"); err != nil || !created {
		t.Fatalf("AddParticipant in an upgraded store = %v, %v", created, err)
	}
	if _, err := db.ToggleFavourite(actor("alice", 1), "kfc-ordering", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	if st, err := db.State("alice"); err != nil || len(st.Favourites) != 1 {
		t.Errorf("alice after a restart = %+v, %v", st, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if v := storedSchema(t, path); v != strconv.Itoa(schemaVersion) {
		t.Errorf("schema after the upgrade = %q; want %d", v, schemaVersion)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("the upgraded store with a participant:\n%s", probs)
	}
}

// schema4Kept compares what the upgraded store reads with what the
// schema-4 release read.
func schema4Kept(t *testing.T, db *DB, want schema1Want, aggregates []model.FunnelGroup, drafts map[string]model.Draft) {
	t.Helper()
	for _, st := range []model.UserState{want.Newuser, want.Returning} {
		got, err := db.State(st.Persona)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Coupons) == 0 || len(got.OwnPosts) == 0 || len(got.Orders) == 0 {
			t.Fatalf("%s: the fixture lost its point: %+v", st.Persona, got)
		}
		sameJSON(t, "state of "+string(st.Persona), got, st)
		d, ok, err := db.KeptDraft(st.Persona, "")
		if err != nil || !ok || d != drafts[string(st.Persona)] {
			t.Errorf("%s's kept draft = %+v, %v, %v; want %+v", st.Persona, d, ok, err, drafts[string(st.Persona)])
		}
	}
	evs, err := db.Events(0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "event log", evs, want.Events)
	got, err := db.FunnelGroups(7)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Funnel.Steps[model.StepRevisit].Count == 0 {
		t.Fatalf("the fixture lost its point: %+v", got)
	}
	sameJSON(t, "funnel from the aggregates", got, aggregates)
}
