package model

import (
	"testing"
	"time"
)

func TestResumeClock(t *testing.T) {
	epoch := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name              string
		epoch, last, want time.Time
	}{
		{"fresh store starts at the epoch", epoch, time.Time{}, epoch},
		{"events before the epoch do not pull it back", epoch, epoch.Add(-time.Hour), epoch},
		{"a later run starts just after the last event", epoch, epoch.Add(2 * time.Hour), epoch.Add(2*time.Hour + time.Second)},
		{"a log at the end of the range starts over at the epoch", epoch, ClockMax, epoch},
		{"a log from an older lifesim's --now 9999 starts over at the epoch", epoch,
			time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC), epoch},
		{"a log just inside the range resumes after it", epoch, ClockMax.Add(-2 * time.Second), ClockMax.Add(-time.Second)},
		{"an epoch past the range starts at the range's end",
			time.Date(9000, 1, 1, 0, 0, 0, 0, time.UTC), time.Time{}, ClockMax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ResumeClock(tt.epoch, tt.last); !got.Equal(tt.want) {
				t.Fatalf("ResumeClock = %v, want %v", got, tt.want)
			}
		})
	}
}

// A clock left running for a century stops at the end of the range; one
// that runs for a minute has moved a minute.
func TestSimulatedClockStaysInRange(t *testing.T) {
	real := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	start := ClockMax.Add(-time.Hour)
	clock := SimulatedClock(start, func() time.Time { return real })
	real = real.Add(time.Minute)
	if got := clock(); !got.Equal(start.Add(time.Minute)) {
		t.Errorf("clock after a minute = %v, want %v", got, start.Add(time.Minute))
	}
	real = real.Add(100 * 365 * 24 * time.Hour)
	if got := clock(); !got.Equal(ClockMax) {
		t.Errorf("clock after a century = %v, want %v", got, ClockMax)
	}
}

func TestClockRange(t *testing.T) {
	tests := []struct {
		in, clamped time.Time
		inRange     bool
	}{
		{ClockMin, ClockMin, true},
		{ClockMax, ClockMax, true},
		{ClockMin.Add(-time.Nanosecond), ClockMin, false},
		{ClockMax.Add(time.Nanosecond), ClockMax, false},
		{time.Date(2026, 1, 8, 9, 30, 0, 0, time.FixedZone("CST", 8*3600)), time.Date(2026, 1, 8, 1, 30, 0, 0, time.UTC), true},
		{time.Date(2000, 1, 1, 7, 59, 59, 0, time.FixedZone("CST", 8*3600)), ClockMin, false}, // 1999-12-31 in UTC
	}
	for _, tt := range tests {
		if got := InClockRange(tt.in); got != tt.inRange {
			t.Errorf("InClockRange(%v) = %v, want %v", tt.in, got, tt.inRange)
		}
		if got := ClampClock(tt.in); !got.Equal(tt.clamped) {
			t.Errorf("ClampClock(%v) = %v, want %v", tt.in, got, tt.clamped)
		}
	}
}
