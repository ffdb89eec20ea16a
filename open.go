package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"lifesim/fixtures"
	"lifesim/model"
	"lifesim/store"
)

// session is everything a command needs once the store is open and seeded.
type session struct {
	db       *store.DB
	world    model.World
	persona  model.Persona
	settings model.Settings
	clock    func() time.Time
	forced   map[string]string // --variant arms, checked against the world's experiments
}

// loadWorld reads the embedded world, or the one in o.fixtures.
func loadWorld(o options) (model.World, string, error) {
	if o.fixtures == "" {
		return fixtures.LoadWithHash(fixtures.Embedded())
	}
	info, err := os.Stat(o.fixtures)
	if errors.Is(err, fs.ErrNotExist) {
		return model.World{}, "", fmt.Errorf("fixtures directory %s does not exist", o.fixtures)
	}
	if err != nil {
		return model.World{}, "", fmt.Errorf("fixtures directory: %w", err)
	}
	if !info.IsDir() {
		return model.World{}, "", fmt.Errorf("fixtures: %s is not a directory", o.fixtures)
	}
	w, hash, err := fixtures.LoadWithHash(os.DirFS(o.fixtures))
	if err != nil {
		inDir(o.fixtures, err)
		return model.World{}, "", err
	}
	return w, hash, nil
}

// inDir puts dir in front of the file names of err's problems, so that each
// line reads as a path an editor can open ("world/posts.json:12:5: …").
func inDir(dir string, err error) {
	switch e := err.(type) {
	case *fixtures.DecodeError:
		e.File = filepath.Join(dir, e.File)
	case *fixtures.ValidationError:
		e.File = filepath.Join(dir, e.File)
	case interface{ Unwrap() []error }:
		for _, c := range e.Unwrap() {
			inDir(dir, c)
		}
	}
}

// openSession validates the world before touching the store, then opens
// the store for the app, creating, upgrading and seeding it as needed in
// one transaction, and resolves the persona and the simulated clock.
func openSession(o options) (*session, error) { return openSessionWith(o, store.Open) }

// openReadSession is openSession for commands that only read: the store
// is opened read-only, and a current store never changes by a byte (see
// store.OpenForReading).
func openReadSession(o options) (*session, error) {
	return openSessionWith(o, store.OpenForReading)
}

func openSessionWith(o options, open func(string, store.Options) (*store.DB, error)) (*session, error) {
	if err := storeRequired(o); err != nil {
		return nil, err
	}
	w, hash, err := loadWorld(o)
	if err != nil {
		return nil, err
	}
	forced, err := parseVariants(o.variants, w.Experiments)
	if err != nil {
		return nil, err
	}
	start, err := clockStart(o.now, w.Settings.Epoch)
	if err != nil {
		return nil, err
	}
	// The store reads the clock through this indirection so the start can
	// move to where the last run left off once the store is open.
	clock := simulatedClock(start, time.Now)
	now := func() time.Time { return clock() }
	db, err := open(o.db, store.Options{Now: now, Clock: now, World: &w, WorldHash: hash})
	if err != nil {
		return nil, err
	}
	if o.now == "" {
		last, err := lastEventTime(db)
		if err != nil {
			_ = db.Close()
			return nil, err
		}
		clock = simulatedClock(resumeAt(start, last), time.Now)
	}
	p, err := db.Persona(model.PersonaID(o.persona))
	if err != nil {
		_ = db.Close()
		if errors.Is(err, store.ErrNotFound) {
			return nil, unknownPersona(o.persona)
		}
		return nil, err
	}
	return &session{db: db, world: w, persona: p, settings: w.Settings, clock: clock, forced: forced}, nil
}

// clockStart parses --now, defaulting to the world's epoch so a demo on a
// fresh store looks the same whenever it is given.
func clockStart(now string, epoch time.Time) (time.Time, error) {
	if now == "" {
		return clampClock(epoch), nil
	}
	return parseNow(now)
}

// The simulated clock stays within clockMin..clockMax (UTC). Event times
// are stored and exported as RFC 3339 JSON, which has no year past 9999:
// a clock allowed to run there would make every later action fail. The
// range is a century around the worlds lifesim simulates.
var (
	clockMin = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	clockMax = time.Date(2100, 12, 31, 23, 59, 59, 999999999, time.UTC)
)

// parseNow reads --now: an RFC 3339 time within the clock's range.
func parseNow(now string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, now)
	if err != nil {
		return time.Time{}, usageError{fmt.Errorf("--now %q is not an RFC3339 time (e.g. 2026-01-08T09:30:00+08:00)", now)}
	}
	if t.Before(clockMin) || t.After(clockMax) {
		return time.Time{}, usageError{fmt.Errorf("--now %q is outside 2000-01-01 to 2100-12-31 (UTC), the simulated clock's range", now)}
	}
	return t, nil
}

// clampClock keeps t within the clock's range.
func clampClock(t time.Time) time.Time {
	switch {
	case t.Before(clockMin):
		return clockMin
	case t.After(clockMax):
		return clockMax
	}
	return t
}

// simulatedClock starts at start and advances with real time, stopping at
// the end of the clock's range rather than running out of it.
func simulatedClock(start time.Time, real func() time.Time) func() time.Time {
	origin := real()
	return func() time.Time { return clampClock(start.Add(real().Sub(origin))) }
}

// resumeAt is where a run without --now starts its clock: the world's
// epoch on a fresh store, else just after the last recorded event, so the
// simulated time keeps moving forward across runs and the time between a
// collect and a later revisit means something. A log that already runs
// past the clock's range (an older lifesim accepted --now up to year 9999)
// starts again at the epoch, as a fresh store does, instead of at a time
// no action could be recorded at.
func resumeAt(epoch, last time.Time) time.Time {
	next := last.Add(time.Second)
	if next.After(epoch) && !next.After(clockMax) {
		return next
	}
	return clampClock(epoch)
}

// lastEventTime is the time of the newest event in the log (zero if none).
func lastEventTime(db *store.DB) (time.Time, error) {
	evs, err := db.LatestEvents(1)
	if err != nil || len(evs) == 0 {
		return time.Time{}, err
	}
	return evs[len(evs)-1].At, nil
}
