package model

import (
	"sync"
	"testing"
	"time"
)

func TestTravelClock(t *testing.T) {
	day := 24 * time.Hour
	start := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name    string
		base    time.Time
		advance []time.Duration
		want    time.Time
	}{
		{"no jump reads the base", start, nil, start},
		{"a day on", start, []time.Duration{day}, start.Add(day)},
		{"jumps add up", start, []time.Duration{day, day, 2 * time.Hour}, start.Add(2*day + 2*time.Hour)},
		{"a negative jump is ignored: the clock never runs back", start, []time.Duration{day, -2 * day}, start.Add(day)},
		{"a zero jump changes nothing", start, []time.Duration{0}, start},
		{"a jump past the range stops at its end", ClockMax.Add(-time.Hour), []time.Duration{day}, ClockMax},
		{"a base before the range is clamped", ClockMin.Add(-day), nil, ClockMin},
		{"a century of days at once does not overflow", start,
			[]time.Duration{200 * 365 * day, 200 * 365 * day}, ClockMax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewTravelClock(func() time.Time { return tt.base })
			for _, d := range tt.advance {
				c.Advance(d)
			}
			if got := c.Now(); !got.Equal(tt.want) {
				t.Fatalf("Now = %v, want %v", got, tt.want)
			}
		})
	}
}

// The jump is added to a base that keeps running: a simulated clock
// that has run a minute since the jump shows the day and the minute.
func TestTravelClockFollowsItsBase(t *testing.T) {
	real := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	start := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	c := NewTravelClock(SimulatedClock(start, func() time.Time { return real }))
	c.Advance(24 * time.Hour)
	real = real.Add(time.Minute)
	if got, want := c.Now(), start.Add(24*time.Hour+time.Minute); !got.Equal(want) {
		t.Fatalf("Now = %v, want %v", got, want)
	}
}

// Jumps from many goroutines all count (run with -race).
func TestTravelClockConcurrentJumps(t *testing.T) {
	start := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	c := NewTravelClock(func() time.Time { return start })
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			c.Advance(time.Hour)
			_ = c.Now()
		})
	}
	wg.Wait()
	if got, want := c.Now(), start.Add(8*time.Hour); !got.Equal(want) {
		t.Fatalf("Now = %v, want %v", got, want)
	}
}
