package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lifesim/model"
)

// HoldsParticipantAt tells, without writing or creating anything,
// whether a store holds a participant; world personas, names that are
// not a participant's and files it cannot read hold none.
func TestHoldsParticipantAt(t *testing.T) {
	db := seeded(t, testWorld())
	if _, _, err := db.AddParticipant("alice", "newuser"); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(junk, []byte("not a database, but long enough?"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "none", "l.db")
	for _, tc := range []struct {
		name, path string
		id         model.PersonaID
		want       bool
	}{
		{"a participant", path, "alice", true},
		{"nobody", path, "ghost", false},
		{"a world persona", path, "newuser", false},
		{"not a participant's name", path, "../alice", false},
		{"missing file", missing, "alice", false},
		{"not a store", junk, "alice", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before [32]byte
			if tc.path != missing {
				before = fileSum(t, tc.path)
			}
			got, err := HoldsParticipantAt(tc.path, tc.id, 0)
			if err != nil || got != tc.want {
				t.Errorf("HoldsParticipantAt = %v, %v; want %v, nil", got, err, tc.want)
			}
			if tc.path == missing {
				if _, err := os.Stat(filepath.Dir(missing)); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("a missing store's directory was created: %v", err)
				}
			} else if fileSum(t, tc.path) != before {
				t.Error("the file changed")
			}
		})
	}
}

// A store a running lifesim serve holds is reported as in use, within the
// timeout, not as a store without the participant.
func TestHoldsParticipantAtLocked(t *testing.T) {
	db := seeded(t, testWorld())
	if _, _, err := db.AddParticipant("alice", "newuser"); err != nil {
		t.Fatal(err)
	}
	_, err := HoldsParticipantAt(db.Path(), "alice", 50*time.Millisecond)
	if !errors.Is(err, ErrLocked) {
		t.Errorf("HoldsParticipantAt on a held store: %v; want ErrLocked", err)
	}
}

// ParticipantsAt lists a store's participants by id without opening it
// for writing; a store without any, or no store, lists none.
func TestParticipantsAt(t *testing.T) {
	db := seeded(t, testWorld())
	for _, id := range []model.PersonaID{"zoe", "alice", "newuser"} {
		if _, _, err := db.AddParticipant(id, "newuser"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ParticipantsAt(db.Path(), 50*time.Millisecond); !errors.Is(err, ErrLocked) {
		t.Errorf("ParticipantsAt on a held store: %v; want ErrLocked", err)
	}
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	before := fileSum(t, path)
	ps, err := ParticipantsAt(path, 0)
	if err != nil || len(ps) != 2 || ps[0].ID != "alice" || ps[1].ID != "zoe" {
		t.Errorf("ParticipantsAt = %+v, %v; want alice and zoe", ps, err)
	}
	if fileSum(t, path) != before {
		t.Error("the file changed")
	}
	if ps, err := ParticipantsAt(filepath.Join(t.TempDir(), "none.db"), 0); err != nil || len(ps) != 0 {
		t.Errorf("ParticipantsAt of no store = %+v, %v", ps, err)
	}
}
