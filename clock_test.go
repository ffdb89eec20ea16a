package main

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"lifesim/model"
	"lifesim/store"
)

func TestNowRange(t *testing.T) {
	for _, tc := range []struct {
		now string
		ok  bool
	}{
		{"2026-01-08T09:30:00+08:00", true},
		{"2000-01-01T00:00:00Z", true},
		{"2100-12-31T23:59:59Z", true},
		{"2000-01-01T07:59:59+08:00", false}, // 1999-12-31 in UTC
		{"1999-12-31T23:59:59Z", false},
		{"2101-01-01T00:00:00Z", false},
		{"2100-12-31T23:00:00-05:00", false}, // 2101-01-01 in UTC
		{"9999-01-01T00:00:00Z", false},
		{"garbage", false},
	} {
		_, err := parseNow(tc.now)
		if (err == nil) != tc.ok {
			t.Errorf("parseNow(%q) = %v, want ok %v", tc.now, err, tc.ok)
		}
		if err != nil && !errors.As(err, new(usageError)) {
			t.Errorf("parseNow(%q): %v is not a usage error", tc.now, err)
		}
	}
}

func TestClockStaysInRange(t *testing.T) {
	epoch := time.Date(2026, 1, 8, 1, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		name       string
		last, want time.Time
	}{
		{"a log at the end of the range starts over at the epoch", clockMax, epoch},
		{"a log from an older lifesim's --now 9999 starts over at the epoch",
			time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC), epoch},
		{"a log just inside the range resumes after it",
			clockMax.Add(-2 * time.Second), clockMax.Add(-time.Second)},
	} {
		if got := resumeAt(epoch, tc.last); !got.Equal(tc.want) {
			t.Errorf("%s: resumeAt = %v, want %v", tc.name, got, tc.want)
		}
	}
	if got := resumeAt(time.Date(9000, 1, 1, 0, 0, 0, 0, time.UTC), time.Time{}); !got.Equal(clockMax) {
		t.Errorf("an epoch past the range: resumeAt = %v, want %v", got, clockMax)
	}
	// A clock left running for a century stops at the end of the range.
	real := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := simulatedClock(clockMax.Add(-time.Minute), func() time.Time { return real })
	real = real.Add(100 * 365 * 24 * time.Hour)
	if got := clock(); !got.Equal(clockMax) {
		t.Errorf("clock after a century = %v, want %v", got, clockMax)
	}
}

// A store whose log ends in year 9999 (an older lifesim accepted --now
// 9999-12-31T23:59:59Z) still records actions: the next run's clock does
// not run past the year JSON can hold.
func TestActionsAfterAFarFutureLog(t *testing.T) {
	o := options{db: filepath.Join(t.TempDir(), "l.db"), persona: "newuser"}
	s, err := openSession(o)
	if err != nil {
		t.Fatal(err)
	}
	_ = s.db.Close()
	far := time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)
	db, err := store.Open(o.db, store.Options{}) // keeps the event's own time
	if err != nil {
		t.Fatal(err)
	}
	if err := db.RecordEvent(model.Event{At: far, Persona: "newuser", Session: "old", Kind: model.EventAppStop}); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()

	for run := range 2 {
		s, err := openSession(o)
		if err != nil {
			t.Fatal(err)
		}
		now := s.clock()
		if now.Before(clockMin) || now.After(clockMax) {
			t.Errorf("run %d: clock %v is outside the range", run, now)
		}
		e := model.NewEvent(model.Actor{Persona: "newuser", Session: "new", At: now}, model.EventAppStart, "newuser", "", "")
		if err := s.db.RecordEvent(e); err != nil {
			t.Errorf("run %d: an action fails because of the clock: %v", run, err)
		}
		_ = s.db.Close()
	}
}
