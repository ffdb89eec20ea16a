package main

import (
	"encoding/json"
	"strings"
	"testing"

	"lifesim/cli"
	"lifesim/model"
	"lifesim/store"
)

// storeAfterARoom is a seeded store in which a room made the participant
// alice, who collected KFC's mini program; the store is closed again.
func storeAfterARoom(t *testing.T) string {
	t.Helper()
	path := seededStore(t)
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.AddParticipant("alice", model.DefaultPersona); err != nil {
		t.Fatal(err)
	}
	a := model.Actor{Persona: "alice", Session: "ssh-1", At: model.DefaultSettings().Epoch}
	if _, err := db.ToggleFavourite(a, "kfc-ordering", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// After a room, `state --persona alice` reads alice's state (hers only),
// read-only; a name nobody has is still a usage error that leaves the
// store as it was; `personas` lists alice as a participant.
func TestParticipantOnTheCommandLine(t *testing.T) {
	path := storeAfterARoom(t)
	before := sum(t, path)
	r := lifesim(t, t.TempDir(), nil, "--db", path, "--persona", "alice", "state", "--json")
	if r.code != cli.ExitOK {
		t.Fatalf("state --persona alice: exit %d\n%s", r.code, r.stderr)
	}
	var st model.UserState
	if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
		t.Fatal(err)
	}
	if st.Persona != "alice" || len(st.Favourites) != 1 || st.Favourites[0] != "kfc-ordering" || len(st.Recents) != 0 {
		t.Errorf("alice's state = %+v; want her one favourite", st)
	}

	r = lifesim(t, t.TempDir(), nil, "--db", path, "--persona", "ghost", "state")
	if r.code != cli.ExitUsage {
		t.Fatalf("state --persona ghost: exit %d, want %d\n%s", r.code, cli.ExitUsage, r.stderr)
	}
	r.oneLine(t, `unknown persona "ghost"`, "lifesim personas")

	r = lifesim(t, t.TempDir(), nil, "--db", path, "personas")
	if r.code != cli.ExitOK || !strings.Contains(r.stdout, "newuser ") ||
		!strings.Contains(r.stdout, "\nalice ") || !strings.Contains(r.stdout, "[participant]") {
		t.Errorf("personas: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if sum(t, path) != before {
		t.Error("reading alice's state or refusing ghost changed the store")
	}
}

// While a room holds the store, --persona alice says the store is in use
// (exit 1), not that alice is unknown, and personas still lists the
// world's personas, saying why the participants are missing.
func TestParticipantWhileTheRoomHoldsTheStore(t *testing.T) {
	path := storeAfterARoom(t)
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := lifesim(t, t.TempDir(), nil, "--db", path, "--persona", "alice", "state")
	if r.code != cli.ExitError {
		t.Fatalf("state --persona alice on a held store: exit %d, want %d\n%s", r.code, cli.ExitError, r.stderr)
	}
	r.oneLine(t, "in use by another lifesim")

	r = lifesim(t, t.TempDir(), nil, "--db", path, "personas")
	if r.code != cli.ExitOK || !strings.Contains(r.stdout, "newuser ") || strings.Contains(r.stdout, "alice") {
		t.Errorf("personas on a held store: exit %d\n%s", r.code, r.stdout)
	}
	r.oneLine(t, "participants not listed", "in use by another lifesim")
}
