package store

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// personaIDs lists the ids the store's Personas returns, in its order.
func personaIDs(t *testing.T, db *DB) []model.PersonaID {
	t.Helper()
	ps, err := db.Personas()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]model.PersonaID, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func sameIDs(t *testing.T, what string, got []model.PersonaID, want ...model.PersonaID) {
	t.Helper()
	if strings.Join(ids(got), ",") != strings.Join(ids(want), ",") {
		t.Errorf("%s = %v; want %v", what, got, want)
	}
}

// A name seen for the first time makes a participant from the template:
// its place and interests, none of its seed state. Seen again, or after a
// restart, it is the same persona and nothing is made; a world persona's
// name gives the world persona. Personas lists the world in fixture order,
// then the participants by id.
func TestAddParticipantMakesEachNameOnce(t *testing.T) {
	db := seeded(t, testWorld())
	p, created, err := db.AddParticipant("zoe", "returning")
	if err != nil || !created {
		t.Fatalf("AddParticipant(zoe) = %+v, %v, %v; want created", p, created, err)
	}
	tmpl := testWorld().Personas[1]
	if p.ID != "zoe" || p.Location != tmpl.Location || len(p.Interests) != 1 || p.Interests[0] != "crayfish" ||
		len(p.Favourites)+len(p.Recents)+len(p.Follows) != 0 {
		t.Errorf("zoe = %+v; want the template's place and interests and no seed state", p)
	}
	if _, created, err := db.AddParticipant("alice", "newuser"); err != nil || !created {
		t.Fatalf("AddParticipant(alice) = %v, %v", created, err)
	}
	db = reopen(t, db)
	again, created, err := db.AddParticipant("zoe", "newuser")
	if err != nil || created || again.Location != p.Location || again.Interests[0] != "crayfish" {
		t.Errorf("zoe again = %+v, %v, %v; want zoe as made, not made again", again, created, err)
	}
	world, created, err := db.AddParticipant("returning", "newuser")
	if err != nil || created || world.Name != "Returning user" || len(world.Favourites) != 1 {
		t.Errorf("AddParticipant(returning) = %+v, %v, %v; want the world persona", world, created, err)
	}
	sameIDs(t, "Personas", personaIDs(t, db), "newuser", "returning", "alice", "zoe")
	if got, err := db.Persona("alice"); err != nil || got.Name != "alice" {
		t.Errorf("Persona(alice) = %+v, %v", got, err)
	}
}

// A name lifesim serve must refuse is refused here too, with the model's
// words, and not a byte of the store changes. So does a template the
// world does not hold.
func TestAddParticipantRefusesBadNamesWithoutWriting(t *testing.T) {
	db := seeded(t, testWorld())
	path := db.Path()
	db = reopen(t, db) // the seed's last write is behind us
	before := fileSum(t, path)
	for _, name := range []string{"", strings.Repeat("a", 33), strings.Repeat("x", 300), "../x", "a b", "é", "a\x1b[2J", "a\x00b", "a/b"} {
		_, created, err := db.AddParticipant(model.PersonaID(name), "newuser")
		if !errors.Is(err, ErrBadName) || created {
			t.Errorf("AddParticipant(%q) = %v, %v; want ErrBadName", name, created, err)
			continue
		}
		if want := model.CheckParticipantName(name).Error(); err.Error() != want {
			t.Errorf("AddParticipant(%q) says %q; want the model's %q", name, err, want)
		}
	}
	if _, _, err := db.AddParticipant("alice", "ghost"); !errors.Is(err, ErrNotFound) {
		t.Errorf("AddParticipant with template ghost = %v; want ErrNotFound", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if fileSum(t, path) != before {
		t.Error("a refused name changed the store")
	}
	db = open(t, path)
	sameIDs(t, "Personas", personaIDs(t, db), "newuser", "returning")
}

// Sessions racing on one new name: exactly one makes it, and every one
// gets the same persona.
func TestAddParticipantRaceMakesOne(t *testing.T) {
	db := seeded(t, testWorld())
	const racers = 8
	var wg sync.WaitGroup
	made := make([]bool, racers)
	errs := make([]error, racers)
	for i := range racers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, made[i], errs[i] = db.AddParticipant("alice", "newuser")
		}()
	}
	wg.Wait()
	n := 0
	for i := range racers {
		if errs[i] != nil {
			t.Fatalf("racer %d: %v", i, errs[i])
		}
		if made[i] {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d racers made alice; want exactly 1", n)
	}
	sameIDs(t, "Personas", personaIDs(t, db), "newuser", "returning", "alice")
}

// A participant is a persona like any other: its state starts empty, its
// actions change only its state and are logged under its name, and it
// keeps both across a reseed (`lifesim reset`).
func TestParticipantActsAndSurvivesReseed(t *testing.T) {
	db := seeded(t, testWorld())
	if _, _, err := db.AddParticipant("alice", "newuser"); err != nil {
		t.Fatal(err)
	}
	st, err := db.State("alice")
	if err != nil || len(st.Favourites)+len(st.Recents)+len(st.Follows) != 0 {
		t.Fatalf("alice's first state = %+v, %v; want empty", st, err)
	}
	if _, err := db.ToggleFavourite(actor("alice", 1), "mp-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ToggleFollow(actor("alice", 2), "acct-wild", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if err := db.Reseed(testWorld(), "hash-2"); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	st, err = db.State("alice")
	if err != nil || len(st.Favourites) != 1 || st.Favourites[0] != "mp-kfc" || len(st.Follows) != 1 {
		t.Errorf("alice after a reseed = %+v, %v; want her favourite and follow", st, err)
	}
	if other, _ := db.State("newuser"); len(other.Favourites) != 0 || len(other.Follows) != 0 {
		t.Errorf("newuser has alice's actions: %+v", other)
	}
	evs, err := db.Events(0, 100)
	if err != nil || len(evs) == 0 {
		t.Fatalf("events = %v, %v", evs, err)
	}
	for _, e := range evs {
		if e.Persona != "alice" {
			t.Errorf("event %d is under %q; want alice", e.Seq, e.Persona)
		}
	}
	sameIDs(t, "Personas after a reseed", personaIDs(t, db), "newuser", "returning", "alice")
}

// `lifesim reset --all` forgets participants with everything else
// personas did; the next connection makes the name again, empty.
func TestClearUserStateRemovesParticipants(t *testing.T) {
	db := seeded(t, testWorld())
	if _, _, err := db.AddParticipant("alice", "newuser"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ToggleFavourite(actor("alice", 1), "mp-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if err := db.ClearUserState(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Persona("alice"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Persona(alice) after ClearUserState = %v; want ErrNotFound", err)
	}
	if _, err := db.State("alice"); !errors.Is(err, ErrNotFound) {
		t.Errorf("State(alice) after ClearUserState = %v; want ErrNotFound", err)
	}
	sameIDs(t, "Personas", personaIDs(t, db), "newuser", "returning")
	if _, created, err := db.AddParticipant("alice", "newuser"); err != nil || !created {
		t.Fatalf("alice again = %v, %v; want made again", created, err)
	}
	if st, err := db.State("alice"); err != nil || len(st.Favourites) != 0 {
		t.Errorf("alice made again = %+v, %v; want an empty state", st, err)
	}
}

// An action by a name that is neither a world persona nor a participant
// is refused, as before participants.
func TestActionOfAnUnknownPersonaIsRefused(t *testing.T) {
	db := seeded(t, testWorld())
	if _, err := db.ToggleFavourite(actor("alice", 1), "mp-kfc", model.SourceSearch); !errors.Is(err, ErrNotFound) {
		t.Errorf("an action by alice before she is made = %v; want ErrNotFound", err)
	}
}

// Check reads the participants with the rest: a store with a participant
// who acted is healthy, and each damaged record is one line naming it.
func TestCheckValidatesParticipants(t *testing.T) {
	db := seeded(t, testWorld())
	if _, _, err := db.AddParticipant("alice", "newuser"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ToggleFavourite(actor("alice", 1), "mp-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("a store with a participant:\n%s", probs)
	}
	tests := []struct {
		key, value string
		want       string
	}{
		{"bob", `{"id": "bob", "name": 7}`, `participant bob cannot be used (field "name" holds a JSON number where a string belongs`},
		{"carol", `{"id": "dave"}`, "participant carol cannot be used (it holds persona dave under the key carol"},
		{"../x", `{"id": "../x"}`, "participant ../x cannot be used (its key is not a participant's name"},
		{"newuser", `{"id": "newuser"}`, "participant newuser cannot be used (a persona of the world has the same id and hides it"},
		{"erin", `{not json`, "participant erin cannot be used (it is not valid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			bad := copyFile(t, path)
			edit(t, bad, func(tx *bolt.Tx) error {
				return tx.Bucket(bktParticipants).Put([]byte(tt.key), []byte(tt.value))
			})
			r, probs := checked(t, bad)
			if r.Healthy() || !strings.Contains(probs, tt.want) {
				t.Errorf("problems:\n%s\nwant %q", probs, tt.want)
			}
		})
	}
}

// A store without a participants bucket (opened read-only before its
// upgrade) has no participants, and lookups do not fail on it.
func TestPersonaLookupWithoutTheBucket(t *testing.T) {
	db := seeded(t, testWorld())
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	edit(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket(bktParticipants) })
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ro := &DB{path: filepath.Clean(path), bolt: bdb}
	defer bdb.Close()
	sameIDs(t, "Personas", personaIDs(t, ro), "newuser", "returning")
	if _, err := ro.Persona("alice"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Persona(alice) = %v; want ErrNotFound", err)
	}
}
