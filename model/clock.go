package model

import "time"

// The simulated clock stays within ClockMin..ClockMax (UTC). Event times
// are stored and exported as RFC 3339 JSON, which has no year past 9999:
// a clock allowed to run there would make every later action fail. The
// range is a century around the worlds lifesim simulates.
var (
	ClockMin = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	ClockMax = time.Date(2100, 12, 31, 23, 59, 59, 999999999, time.UTC)
)

// InClockRange reports whether t is a time the simulated clock can show.
func InClockRange(t time.Time) bool { return !t.Before(ClockMin) && !t.After(ClockMax) }

// ClampClock keeps t within the clock's range.
func ClampClock(t time.Time) time.Time {
	switch {
	case t.Before(ClockMin):
		return ClockMin
	case t.After(ClockMax):
		return ClockMax
	}
	return t
}

// ResumeClock is where a run without --now starts its clock: the world's
// epoch on a fresh store (last is zero), else just after the last recorded
// event, so that simulated time keeps moving forward across runs and the
// time between a collect and a later revisit means something. A log that
// already runs past the clock's range (an older lifesim accepted --now up
// to year 9999) starts again at the epoch, as a fresh store does, instead
// of at a time no action could be recorded at.
func ResumeClock(epoch, last time.Time) time.Time {
	next := last.Add(time.Second)
	if next.After(epoch) && !next.After(ClockMax) {
		return next
	}
	return ClampClock(epoch)
}

// SimulatedClock starts at start and advances with real time, stopping at
// the end of the clock's range rather than running out of it.
func SimulatedClock(start time.Time, real func() time.Time) func() time.Time {
	origin := real()
	return func() time.Time { return ClampClock(start.Add(real().Sub(origin))) }
}
