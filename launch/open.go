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
}

// Session is everything a command needs once the store is open and seeded.
type Session struct {
	DB       *store.DB
	World    model.World
	Persona  model.Persona
	Settings model.Settings
	Clock    func() time.Time  // the simulated clock
	Forced   map[string]string // --variant arms, checked against the world's experiments
}

// Open validates the world before touching the store, then opens the
// store for the app, creating, upgrading and seeding it as needed in one
// transaction, and resolves the persona and the simulated clock.
func Open(o Options) (*Session, error) { return openWith(o, store.Open) }

// OpenForReading is Open for commands that only read: the store is
// opened read-only, and a current store never changes by a byte (see
// store.OpenForReading).
func OpenForReading(o Options) (*Session, error) { return openWith(o, store.OpenForReading) }

func openWith(o Options, open func(string, store.Options) (*store.DB, error)) (*Session, error) {
	if err := RequireStore(o.DB); err != nil {
		return nil, err
	}
	w, hash, err := LoadWorld(o.Fixtures)
	if err != nil {
		return nil, err
	}
	forced, err := cli.ParseVariants(o.Variants, w.Experiments)
	if err != nil {
		return nil, err
	}
	start, err := clockStart(o.Now, w.Settings.Epoch)
	if err != nil {
		return nil, err
	}
	// The store reads the clock through this indirection so the start can
	// move to where the last run left off once the store is open.
	clock := model.SimulatedClock(start, time.Now)
	now := func() time.Time { return clock() }
	db, err := open(o.DB, store.Options{Now: now, Clock: now, World: &w, WorldHash: hash})
	if err != nil {
		return nil, err
	}
	s := &Session{DB: db, World: w, Settings: w.Settings, Forced: forced}
	if err := s.resolve(o, start, &clock); err != nil {
		_ = db.Close()
		return nil, err
	}
	s.Clock = clock
	return s, nil
}

// resolve moves a clock without --now to just after the last event and
// finds the persona.
func (s *Session) resolve(o Options, start time.Time, clock *func() time.Time) error {
	if o.Now == "" {
		last, err := lastEventTime(s.DB)
		if err != nil {
			return err
		}
		*clock = model.SimulatedClock(model.ResumeClock(start, last), time.Now)
	}
	p, err := s.DB.Persona(model.PersonaID(o.Persona))
	if errors.Is(err, store.ErrNotFound) {
		return cli.UnknownPersona(o.Persona)
	}
	s.Persona = p
	return err
}

// clockStart parses --now; without it the clock starts at the world's
// epoch until the store says where the last run left off.
func clockStart(now string, epoch time.Time) (time.Time, error) {
	if now == "" {
		return model.ClampClock(epoch), nil
	}
	return cli.ParseNow(now)
}

// lastEventTime is the time of the newest event in the log (zero if none).
func lastEventTime(db *store.DB) (time.Time, error) {
	evs, err := db.LatestEvents(1)
	if err != nil || len(evs) == 0 {
		return time.Time{}, err
	}
	return evs[len(evs)-1].At, nil
}
