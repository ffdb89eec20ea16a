package launch

import (
	"path/filepath"
	"testing"
	"time"

	"lifesim/model"
)

// TestTravelMovesTheStoresClockToo: after Travel, the session's clock is
// a day on, and so is the time the store stamps on the next event, so
// the log shows the jump where the app does.
func TestTravelMovesTheStoresClockToo(t *testing.T) {
	s, err := Open(Options{DB: filepath.Join(t.TempDir(), "l.db"), Persona: "newuser", Now: "2026-03-02T09:00:00Z"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.DB.Close()
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	s.Travel(24 * time.Hour)
	// the simulated clock runs with real time: allow it a minute
	near := func(got, want time.Time) bool { d := got.Sub(want); return d >= 0 && d < time.Minute }
	if got, want := s.Clock(), start.Add(24*time.Hour); !near(got, want) {
		t.Fatalf("Clock after Travel = %v, want about %v", got, want)
	}
	// the event's own time is the old one: the store's clock stamps it
	e := model.Event{At: start, Persona: "newuser", Session: "s1", Kind: model.EventClock, Detail: "+1d"}
	if err := s.DB.RecordEvent(e); err != nil {
		t.Fatal(err)
	}
	evs, err := s.DB.LatestEvents(1)
	if err != nil || len(evs) != 1 {
		t.Fatalf("latest events %v, %v", evs, err)
	}
	if got, want := evs[0].At, start.Add(24*time.Hour); !near(got, want) {
		t.Fatalf("the store stamped the event %v, want about %v", got, want)
	}
}
