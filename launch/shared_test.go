package launch

import (
	"errors"
	"path/filepath"
	"testing"

	"lifesim/cli"
	"lifesim/model"
)

// TestSharedResolvesOnTheOpenStore: a command run on a room's store finds
// its persona in that store and leaves the store open for the server; an
// unknown persona is the command line's mistake.
func TestSharedResolvesOnTheOpenStore(t *testing.T) {
	owner, err := Open(Options{DB: filepath.Join(t.TempDir(), "l.db"), Persona: "newuser"})
	if err != nil {
		t.Fatal(err)
	}
	defer owner.DB.Close()

	s, err := Shared(owner.DB, Options{Persona: "returning", DB: "/nonexistent/ignored.db"})
	if err != nil {
		t.Fatal(err)
	}
	if s.DB != owner.DB || s.Persona.ID != "returning" || len(s.Experiments) == 0 || s.Clock().IsZero() {
		t.Fatalf("Shared = persona %q, %d experiments, same store %v", s.Persona.ID, len(s.Experiments), s.DB == owner.DB)
	}

	_, err = Shared(owner.DB, Options{Persona: "ghost"})
	if !errors.As(err, new(cli.UsageError)) {
		t.Fatalf("unknown persona: %v, want a usage error", err)
	}
	_, err = Shared(owner.DB, Options{Persona: "newuser", Now: "tomorrow"})
	if !errors.As(err, new(cli.UsageError)) {
		t.Fatalf("bad --now: %v, want a usage error", err)
	}
	// the store is still open for the server
	if _, err := owner.DB.Persona(model.DefaultPersona); err != nil {
		t.Fatalf("store after the commands: %v", err)
	}
}
