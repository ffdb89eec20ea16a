package launch

import (
	"errors"
	"time"

	"lifesim/cli"
	"lifesim/model"
	"lifesim/store"
)

// Options are the command-line settings every command opens with.
type Options struct {
	DB       string   // store file; "" when there is no data directory
	Persona  string   // persona id to act as
	Now      string   // --now: RFC 3339 start of the simulated clock; "" resumes it
	Fixtures string   // directory holding a world instead of the built-in one
	Variants []string // --variant key=arm: forced experiment arms
	// Still stops the clock where it starts: it moves only by Travel. A
	// tour (`lifesim demo`) opens so, to look the same on every run.
	Still bool
}

// Session is everything a command needs once the store is open and holds
// the world. It does not hold the world itself, which may be big: what a
// command needs of it is read from the store.
type Session struct {
	DB          *store.DB
	Persona     model.Persona
	Settings    model.Settings
	Experiments []model.Experiment // the world's, as seeded
	Clock       func() time.Time   // the simulated clock
	Forced      map[string]string  // --variant arms, checked against Experiments
	// Travel moves Clock forward (time travel: the app's T). The store
	// reads the same clock, so the events it stamps after a jump carry
	// the new time. A command that never jumps just leaves it.
	Travel func(time.Duration)
}

// Open makes sure the store holds the world (loading, validating and
// seeding it only when it does not: see ensureWorld), then opens the store
// for the app, creating or upgrading it as needed in one transaction, and
// resolves the persona, the forced arms and the simulated clock.
func Open(o Options) (*Session, error) { return openWith(o, store.Open) }

// OpenForReading is Open for commands that only read: the store is
// opened read-only, and a current store that holds the world never
// changes by a byte (see store.OpenForReading).
func OpenForReading(o Options) (*Session, error) { return openWith(o, store.OpenForReading) }

func openWith(o Options, open func(string, store.Options) (*store.DB, error)) (*Session, error) {
	if err := RequireStore(o.DB); err != nil {
		return nil, err
	}
	at, err := startAt(o)
	if err != nil {
		return nil, err
	}
	if err := ensureWorld(o); err != nil {
		return nil, err
	}
	// The store reads the clock through this indirection so that it can
	// start where the settings and the log say, once the store is open.
	clock := time.Now
	now := func() time.Time { return clock() }
	db, err := open(o.DB, store.Options{Now: now, Clock: now})
	if err != nil {
		return nil, err
	}
	s, err := onStore(db, o, at, &clock)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// startAt is --now's time, or zero when the clock resumes from the log.
func startAt(o Options) (time.Time, error) {
	if o.Now == "" {
		return time.Time{}, nil
	}
	return cli.ParseNow(o.Now)
}

// onStore is the Session on the open db: its settings, arms, persona and
// clock (resolve); *clock is the clock db was opened with, set here.
func onStore(db *store.DB, o Options, at time.Time, clock *func() time.Time) (*Session, error) {
	s := &Session{DB: db}
	if err := s.resolve(o, at, clock); err != nil {
		return nil, err
	}
	s.Clock = *clock
	return s, nil
}

// resolve reads the world's settings and experiments, checks the forced
// arms, starts the clock — at --now, else just after the last event or at
// the world's epoch; a clock that Travel can move on — and finds the
// persona.
func (s *Session) resolve(o Options, at time.Time, clock *func() time.Time) error {
	var err error
	if s.Settings, err = s.DB.Settings(); err != nil {
		return err
	}
	if s.Experiments, err = s.DB.Experiments(); err != nil {
		return err
	}
	if s.Forced, err = cli.ParseVariants(o.Variants, s.Experiments); err != nil {
		return err
	}
	if o.Now == "" {
		last, err := lastEventTime(s.DB)
		if err != nil {
			return err
		}
		at = model.ResumeClock(model.ClampClock(s.Settings.Epoch), last)
	}
	base := model.SimulatedClock(at, time.Now)
	if o.Still {
		base = func() time.Time { return at }
	}
	travel := model.NewTravelClock(base)
	*clock, s.Travel = travel.Now, travel.Advance
	p, err := s.DB.Persona(model.PersonaID(o.Persona))
	if errors.Is(err, store.ErrNotFound) {
		return cli.UnknownPersona(o.Persona)
	}
	s.Persona = p
	return err
}

// lastEventTime is the time of the newest event in the log (zero if none).
func lastEventTime(db *store.DB) (time.Time, error) {
	evs, err := db.LatestEvents(1)
	if err != nil || len(evs) == 0 {
		return time.Time{}, err
	}
	return evs[len(evs)-1].At, nil
}
