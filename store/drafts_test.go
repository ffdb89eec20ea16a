package store

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// A kept draft comes back for its persona and place only, survives a
// restart, is replaced by the next one kept there, and is gone once
// dropped or replaced by an empty one.
func TestDraftsAreKeptPerPersonaAndPlace(t *testing.T) {
	db := seeded(t, testWorld())
	life := model.Draft{Title: "Half a thought", Body: "line one\n  line two ", Topic: "#food", GroupID: "g-food"}
	group := model.Draft{Body: "for the foodies"}
	if err := db.KeepDraft("newuser", "", life); err != nil {
		t.Fatal(err)
	}
	if err := db.KeepDraft("newuser", "g-food", group); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	for _, tc := range []struct {
		p    model.PersonaID
		at   model.GroupID
		want model.Draft
		ok   bool
	}{
		{"newuser", "", life, true},
		{"newuser", "g-food", group, true},
		{"returning", "", model.Draft{}, false},
		{"newuser", "g-other", model.Draft{}, false},
	} {
		got, ok, err := db.KeptDraft(tc.p, tc.at)
		if err != nil || ok != tc.ok || got != tc.want {
			t.Errorf("KeptDraft(%s, %q) = %+v, %v, %v; want %+v, %v", tc.p, tc.at, got, ok, err, tc.want, tc.ok)
		}
	}
	if err := db.KeepDraft("newuser", "", model.Draft{Title: "second"}); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := db.KeptDraft("newuser", ""); got.Title != "second" || got.Body != "" {
		t.Errorf("keeping again did not replace the draft: %+v", got)
	}
	if err := db.DropDraft("newuser", ""); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := db.KeptDraft("newuser", ""); ok || err != nil {
		t.Errorf("a dropped draft came back (%v)", err)
	}
	if err := db.KeepDraft("newuser", "g-food", model.Draft{Title: "  ", GroupID: "g-food"}); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := db.KeptDraft("newuser", "g-food"); ok {
		t.Error("an empty draft was kept")
	}
}

// What is kept is cleaned and within the limits, and so is what is read,
// whatever the file holds.
func TestKeptDraftsAreCleanAndLimited(t *testing.T) {
	db := seeded(t, testWorld())
	hostile := model.Draft{Title: "a\x1b[2Jb", Body: strings.Repeat("x", model.MaxPostBodyRunes+10) + "\x1b]0;pwn\x07"}
	if err := db.KeepDraft("newuser", "", hostile); err != nil {
		t.Fatal(err)
	}
	got, _, err := db.KeptDraft("newuser", "")
	if err != nil || got.Title != "ab" || got.Body != strings.Repeat("x", model.MaxPostBodyRunes) {
		t.Fatalf("kept %q / %d characters, %v", got.Title, len(got.Body), err)
	}
	// A record written by hand (or damaged into valid JSON) is cleaned on
	// the way out.
	err = db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bktDrafts).Put(draftKey("newuser", ""), []byte(`{"title":"\u001b[31mred","body":"ok"}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, _, err := db.KeptDraft("newuser", ""); err != nil || got.Title != "red" {
		t.Fatalf("read %q, %v", got.Title, err)
	}
}

// Drafts need a persona the world has.
func TestKeepDraftOfUnknownPersona(t *testing.T) {
	db := seeded(t, testWorld())
	if err := db.KeepDraft("nobody", "", model.Draft{Title: "x"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("KeepDraft(nobody) = %v; want ErrNotFound", err)
	}
}

// Clearing the user state (reset --all's seed) clears the drafts too.
func TestClearUserStateClearsDrafts(t *testing.T) {
	db := seeded(t, testWorld())
	if err := db.KeepDraft("newuser", "", model.Draft{Title: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := db.ClearUserState(); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := db.KeptDraft("newuser", ""); ok || err != nil {
		t.Fatalf("draft after ClearUserState: %v, %v", ok, err)
	}
}

// schema2 is a store written by the release whose format was schema 2
// (commit 4a9bc53), before drafts; see testdata/schema2/README.md.
const schema2 = "testdata/schema2/store.db"

// A store written by the schema-2 release opens with nothing lost (every
// persona's state and the whole event log are what that release read),
// gains the drafts bucket in the same transaction, and drafts then work,
// also after the next open; check finds it healthy before and after.
func TestSchema2StoreOpensWithNothingLostAndKeepsDrafts(t *testing.T) {
	raw, err := os.ReadFile("testdata/schema2/want.json")
	if err != nil {
		t.Fatal(err)
	}
	var want schema1Want // the same shape: both personas' state and the log
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	path := copyFile(t, schema2)
	if v := storedSchema(t, path); v != "2" {
		t.Fatalf("testdata store has schema %q; want 2", v)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("the schema-2 store before its upgrade:\n%s", probs)
	}
	db := open(t, path)
	for _, st := range []model.UserState{want.Newuser, want.Returning} {
		got, err := db.State(st.Persona)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Coupons) == 0 || got.Coupons[0].Source == "" || len(got.OwnPosts) == 0 {
			t.Fatalf("%s: the fixture lost its point: %+v", st.Persona, got)
		}
		sameJSON(t, "state of "+string(st.Persona), got, st)
	}
	evs, err := db.Events(0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "event log", evs, want.Events)
	kept := model.Draft{Title: "Crayfish again", Body: "Second visit.", Topic: "#crayfish", GroupID: "kfc-crayfish-fans"}
	if err := db.KeepDraft("returning", "", kept); err != nil {
		t.Fatalf("keeping a draft in an upgraded store: %v", err)
	}
	db = reopen(t, db)
	if got, ok, err := db.KeptDraft("returning", ""); err != nil || !ok || got != kept {
		t.Fatalf("draft after a restart = %+v, %v, %v", got, ok, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if v := storedSchema(t, path); v != strconv.Itoa(schemaVersion) {
		t.Errorf("schema after the upgrade = %q; want %d", v, schemaVersion)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("the upgraded store with a draft:\n%s", probs)
	}
}

// copyFile copies a testdata store to a temp file.
func copyFile(t *testing.T, src string) string {
	t.Helper()
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "old.db")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Check accepts a store with kept drafts, and reports each damaged draft
// record on a line of its own, naming its persona and place.
func TestCheckValidatesDrafts(t *testing.T) {
	path := busyStore(t)
	db := open(t, path)
	for _, at := range []model.GroupID{"", "g-food"} {
		if err := db.KeepDraft("newuser", at, model.Draft{Title: "Half", Body: "a thought"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("a store with drafts:\n%s", probs)
	}
	edit(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bktDrafts)
		return errors.Join(
			b.Put(draftKey("newuser", ""), []byte(`{"title":"Half","body":`)),
			b.Put(draftKey("newuser", "g-food"), []byte(`{"title":"\u001b]0;pwn\u0007"}`)),
			b.Put(draftKey("returning", ""), []byte(`{"body":"`+strings.Repeat("x", model.MaxPostBodyRunes+1)+`"}`)),
			b.Put(draftKey("returning", "g-food"), []byte(`{"title":7}`)),
			b.Put([]byte("no-persona"), []byte(`{}`)),
		)
	})
	r, probs := checked(t, path)
	if r.Healthy() {
		t.Fatal("Check found nothing")
	}
	for _, want := range []string{
		"records: kept draft of newuser (Life) is damaged (it is not valid JSON)\n",
		"records: kept draft of newuser (group g-food) is damaged (title holds control characters)\n",
		"records: kept draft of returning (Life) is damaged (text is too long: 2001 characters, at most 2000)\n",
		`records: kept draft of returning (group g-food) is damaged (field "title" holds a JSON number where a string belongs)` + "\n",
		"records: kept draft no-persona is damaged (its key names no persona)\n",
	} {
		if !strings.Contains(probs, want) {
			t.Errorf("missing %q in:\n%s", want, probs)
		}
	}
	if n := strings.Count(probs, "kept draft"); n != 5 {
		t.Errorf("%d draft problems, want 5 (one line each):\n%s", n, probs)
	}
}
