package model

import (
	"sync"
	"time"
)

// TravelClock is a clock that can jump: base's time, plus every jump so
// far. A presenter's T (and a tour's `clock +1d`) moves the simulated
// clock a day on, so that a revisit "the next day" happens without
// quitting; the store and the app read this one clock, so both see the
// jump. It is safe for concurrent use: the app reads it from Update and
// from the commands that write the log.
type TravelClock struct {
	base  func() time.Time
	mu    sync.Mutex
	ahead time.Duration
}

// NewTravelClock is a clock at base's time until Advance moves it on.
func NewTravelClock(base func() time.Time) *TravelClock {
	return &TravelClock{base: base}
}

// Now is base's time plus the jumps, kept within the clock's range
// (ClampClock), as every simulated clock is.
func (c *TravelClock) Now() time.Time {
	c.mu.Lock()
	ahead := c.ahead
	c.mu.Unlock()
	return ClampClock(c.base().Add(ahead))
}

// maxAhead is as far as jumps can take a clock: across its whole range.
var maxAhead = ClockMax.Sub(ClockMin)

// Advance moves the clock d on. A jump past the end of the range stops
// there (Now clamps); a negative d, which time travel never asks for, is
// ignored, so the clock never runs back and the log's times keep
// following its order.
func (c *TravelClock) Advance(d time.Duration) {
	if d <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// No jump takes the clock further than the whole range, so the sum
	// never overflows however often it jumps.
	c.ahead += min(d, maxAhead-c.ahead)
}
