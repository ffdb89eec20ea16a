package main

import (
	"path/filepath"
	"testing"
	"time"

	"lifesim/model"
	"lifesim/store"
)

func TestResumeAt(t *testing.T) {
	epoch := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name       string
		last, want time.Time
	}{
		{"fresh store starts at the epoch", time.Time{}, epoch},
		{"events before the epoch do not pull it back", epoch.Add(-time.Hour), epoch},
		{"a later run starts just after the last event", epoch.Add(2 * time.Hour), epoch.Add(2*time.Hour + time.Second)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resumeAt(epoch, tt.last); !got.Equal(tt.want) {
				t.Fatalf("resumeAt = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestClockMovesOnAcrossRuns: without --now, a second run's clock starts
// after everything the first run recorded; with --now it starts there.
func TestClockMovesOnAcrossRuns(t *testing.T) {
	o := options{db: filepath.Join(t.TempDir(), "l.db"), persona: "newuser"}
	s, err := openSession(o)
	if err != nil {
		t.Fatal(err)
	}
	first := s.clock()
	late := first.Add(3 * time.Hour)
	_ = s.db.Close()
	// A store without the app's clock keeps the event's own time, as a
	// long first run would have left it.
	db, err := store.Open(o.db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.RecordEvent(model.Event{At: late, Persona: "newuser", Session: "s1", Kind: model.EventAppStop}); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()

	s, err = openSession(o)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.clock(); !got.After(late) {
		t.Fatalf("second run's clock %v is not after the last event %v", got, late)
	}
	_ = s.db.Close()

	o.now = "2026-01-08T08:00:00+08:00"
	s, err = openSession(o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.db.Close()
	if got := s.clock(); got.Sub(time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC)) > time.Minute {
		t.Fatalf("--now was not honoured: clock %v", got)
	}
}
