package launch

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"lifesim/cli"
	"lifesim/store"
)

// --persona names a persona of the world or a participant the store
// holds; anyone else is a usage error, and the check neither creates nor
// changes a store. A store a running lifesim holds is "in use", not an
// unknown persona.
func TestKnownPersona(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "room.db")
	s, err := Open(Options{DB: path, Persona: "newuser"})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.DB.AddParticipant("alice", "newuser"); err != nil {
		t.Fatal(err)
	}
	if err := KnownPersona(Options{DB: path, Persona: "alice"}); !errors.Is(err, store.ErrLocked) {
		t.Errorf("alice while the room holds the store: %v; want ErrLocked", err)
	}
	if err := s.DB.Close(); err != nil {
		t.Fatal(err)
	}
	before := sum(t, path)
	missing := filepath.Join(dir, "none", "l.db")
	for _, tc := range []struct {
		name, db, persona string
		usage             bool
	}{
		{"a world persona, no store", missing, "returning", false},
		{"a participant", path, "alice", false},
		{"nobody", path, "ghost", true},
		{"a participant of no store", missing, "alice", true},
		{"no data directory", "", "alice", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := KnownPersona(Options{DB: tc.db, Persona: tc.persona})
			if got := errors.As(err, new(cli.UsageError)); got != tc.usage || (err != nil && !got) {
				t.Errorf("KnownPersona = %v; want a usage error: %v", err, tc.usage)
			}
		})
	}
	if sum(t, path) != before {
		t.Error("the store changed")
	}
	if _, err := os.Stat(filepath.Dir(missing)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a store was created: %v", err)
	}
	s, err = OpenForReading(Options{DB: path, Persona: "alice"})
	if err != nil {
		t.Fatalf("opening as alice: %v", err)
	}
	defer s.DB.Close()
	if s.Persona.ID != "alice" {
		t.Errorf("session persona = %q; want alice", s.Persona.ID)
	}
}
