package launch

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"lifesim/cli"
	"lifesim/model"
	"lifesim/store"
)

// TestClockMovesOnAcrossRuns: without --now, a second run's clock starts
// after everything the first run recorded; with --now it starts there.
func TestClockMovesOnAcrossRuns(t *testing.T) {
	o := Options{DB: filepath.Join(t.TempDir(), "l.db"), Persona: "newuser"}
	s, err := Open(o)
	if err != nil {
		t.Fatal(err)
	}
	first := s.Clock()
	late := first.Add(3 * time.Hour)
	_ = s.DB.Close()
	// A store without the app's clock keeps the event's own time, as a
	// long first run would have left it.
	db, err := store.Open(o.DB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.RecordEvent(model.Event{At: late, Persona: "newuser", Session: "s1", Kind: model.EventAppStop}); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()

	s, err = Open(o)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Clock(); !got.After(late) {
		t.Fatalf("second run's clock %v is not after the last event %v", got, late)
	}
	_ = s.DB.Close()

	o.Now = "2026-01-08T08:00:00+08:00"
	s, err = Open(o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.DB.Close()
	if got := s.Clock(); got.Sub(time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC)) > time.Minute {
		t.Fatalf("--now was not honoured: clock %v", got)
	}
}

// A store whose log ends in year 9999 (an older lifesim accepted --now
// 9999-12-31T23:59:59Z) still records actions: the next run's clock does
// not run past the year JSON can hold.
func TestActionsAfterAFarFutureLog(t *testing.T) {
	o := Options{DB: filepath.Join(t.TempDir(), "l.db"), Persona: "newuser"}
	s, err := Open(o)
	if err != nil {
		t.Fatal(err)
	}
	_ = s.DB.Close()
	far := time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)
	db, err := store.Open(o.DB, store.Options{}) // keeps the event's own time
	if err != nil {
		t.Fatal(err)
	}
	if err := db.RecordEvent(model.Event{At: far, Persona: "newuser", Session: "old", Kind: model.EventAppStop}); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()

	for run := range 2 {
		s, err := Open(o)
		if err != nil {
			t.Fatal(err)
		}
		now := s.Clock()
		if !model.InClockRange(now) {
			t.Errorf("run %d: clock %v is outside the range", run, now)
		}
		e := model.NewEvent(model.Actor{Persona: "newuser", Session: "new", At: now}, model.EventAppStart, "newuser", "", "")
		if err := s.DB.RecordEvent(e); err != nil {
			t.Errorf("run %d: an action fails because of the clock: %v", run, err)
		}
		_ = s.DB.Close()
	}
}

// Bad options are refused before a store file is created.
func TestOpenRefusesBadOptions(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		o     Options
		usage bool
	}{
		{"unknown persona", Options{Persona: "ghost"}, true},
		{"bad variant", Options{Persona: "newuser", Variants: []string{"nokey=x"}}, true},
		{"bad --now", Options{Persona: "newuser", Now: "tomorrow"}, true},
		{"missing fixtures", Options{Persona: "newuser", Fixtures: filepath.Join(dir, "none")}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.o.DB = filepath.Join(dir, tc.name+".db")
			s, err := OpenForReading(tc.o)
			if err == nil {
				_ = s.DB.Close()
				t.Fatal("opened")
			}
			if got := errors.As(err, new(cli.UsageError)); got != tc.usage {
				t.Errorf("%v: usage error %v, want %v", err, got, tc.usage)
			}
			if _, err := os.Stat(tc.o.DB); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("the store was created: %v", err)
			}
		})
	}
	if _, err := Open(Options{Persona: "newuser"}); !errors.Is(err, ErrNoDataDir) {
		t.Errorf("no --db: %v, want ErrNoDataDir", err)
	}
}

// sum is the SHA-256 of the file at path.
func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

// The session carries what commands need of the world, read from the
// store: its settings and experiments.
func TestSessionReadsTheWorldFromTheStore(t *testing.T) {
	w, _, err := LoadWorld("")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(Options{DB: filepath.Join(t.TempDir(), "l.db"), Persona: "returning",
		Variants: []string{w.Experiments[0].Key + "=" + w.Experiments[0].Arms[1].Value}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.DB.Close()
	if !reflect.DeepEqual(s.Experiments, w.Experiments) {
		t.Errorf("experiments %+v, want %+v", s.Experiments, w.Experiments)
	}
	if !s.Settings.Epoch.Equal(w.Settings.Epoch) || s.Settings.GridColumns != w.Settings.GridColumns {
		t.Errorf("settings %+v, want %+v", s.Settings, w.Settings)
	}
	if s.Persona.ID != "returning" || s.Forced[w.Experiments[0].Key] != w.Experiments[0].Arms[1].Value {
		t.Errorf("persona %q, forced %v", s.Persona.ID, s.Forced)
	}
}
