package model

import (
	"slices"
	"time"
)

// The funnel's rules are written once, in FoldEvent, over a FunnelState:
// what the fold knows between events (each session's progress, the
// collects waiting for a revisit, the retention units) and the tallies
// the figures are read from (funnel_figures.go). The state lives in
// memory for Analysis (funnel_mem.go) and in the store's aggregate
// buckets, updated in the same transaction as each event, so that
// figures over any length of log are read without folding it again.

// SessionProgress is one session's progress along the chain.
type SessionProgress struct {
	ID      string
	Persona PersonaID
	// Variants are the arms on the session's first event: its groups.
	Variants map[string]string
	Start    time.Time // the session's first event
	Reached  int       // steps reached, 0..NumSteps
	At       [NumSteps]time.Time
	// Opened are the mini programs opened from search after the search,
	// in the order first opened.
	Opened []string
	// Completed counts the earlier sessions whose chain a revisit in this
	// session completed.
	Completed int
}

// CollectUnit is a retention unit: the first collect of a mini program by
// a persona, and whether a later session revisited it.
type CollectUnit struct {
	Persona     PersonaID
	MiniProgram string
	Session     string
	Variants    map[string]string // the arms on the collect's own event
	At          time.Time
	Revisited   bool
	Gap         time.Duration // collect → first later-session revisit
}

// FunnelState is what FoldEvent reads and writes. Errors are the state's
// own (a store's); the in-memory state has none.
type FunnelState interface {
	Session(id string) (SessionProgress, bool, error)
	// HasSession is Session without reading it: most events change
	// nothing but a session's creation.
	HasSession(id string) (bool, error)
	PutSession(s SessionProgress) error
	// Waiting is the sessions at StepCollect, in the order they got there,
	// that collected mp and wait for persona p to revisit it.
	Waiting(p PersonaID, mp string) ([]string, error)
	PutWaiting(p PersonaID, mp string, sessions []string) error
	Unit(p PersonaID, mp string) (CollectUnit, bool, error)
	PutUnit(u CollectUnit) error

	// The tallies of group g: a session joined it; one of its sessions
	// reached st, gap after the step before; a retention unit was
	// collected in it; one was revisited, gap after its collect.
	AddSession(g GroupKey) error
	AddStep(g GroupKey, st Step, gap time.Duration) error
	AddCollect(g GroupKey) error
	AddRevisit(g GroupKey, gap time.Duration) error
}

// FoldEvent folds one event into st. Events must come in log order, each
// once. An operator's events (the merchant console's, persona
// MerchantPersona) change nothing: the chain is the consumers', and an
// operator's session is not one of its sessions.
func FoldEvent(st FunnelState, e Event) error {
	if _, op := e.Persona.MerchantAccount(); op {
		return nil
	}
	if e.Kind != EventSearch && e.Kind != EventOpenMiniProgram && e.Kind != EventCollect {
		if ok, err := st.HasSession(e.Session); err != nil || ok {
			return err
		}
	}
	s, fresh, err := sessionOf(st, e)
	if err != nil {
		return err
	}
	var changed bool
	switch e.Kind {
	case EventSearch:
		changed, err = reach(st, &s, StepSearch, e.At)
	case EventOpenMiniProgram:
		changed, err = foldOpen(st, &s, e)
	case EventCollect:
		changed, err = foldCollect(st, &s, e)
	}
	if err != nil || !(changed || fresh) {
		return err
	}
	return st.PutSession(s)
}

// sessionOf returns e's session, created (and counted in its groups) on
// its first event.
func sessionOf(st FunnelState, e Event) (SessionProgress, bool, error) {
	s, ok, err := st.Session(e.Session)
	if err != nil || ok {
		return s, false, err
	}
	s = SessionProgress{ID: e.Session, Persona: e.Persona, Variants: e.Variants, Start: e.At}
	return s, true, eachGroup(s.Variants, st.AddSession)
}

// foldOpen: an open from search after the search is the open step; an
// open from the Home grid or My Mini Programs is a revisit.
func foldOpen(st FunnelState, s *SessionProgress, e Event) (bool, error) {
	changed := false
	if e.Source == SourceSearch && s.Reached > int(StepSearch) {
		if !slices.Contains(s.Opened, e.Target) {
			s.Opened, changed = append(s.Opened, e.Target), true
		}
		ok, err := reach(st, s, StepOpen, e.At)
		if err != nil {
			return false, err
		}
		changed = changed || ok
	}
	if !e.Source.IsRevisit() {
		return changed, nil
	}
	n, err := revisit(st, e)
	if n > 0 {
		s.Completed, changed = s.Completed+n, true
	}
	return changed, err
}

// foldCollect: collecting a mini program opened from search is the
// collect step, and the session then waits for a revisit of it; the first
// collect of each mini program by each persona is a retention unit.
func foldCollect(st FunnelState, s *SessionProgress, e Event) (bool, error) {
	reached := false
	if s.Reached > int(StepOpen) && slices.Contains(s.Opened, e.Target) {
		var err error
		if reached, err = reach(st, s, StepCollect, e.At); err != nil {
			return false, err
		}
	}
	if reached {
		waiting, err := st.Waiting(e.Persona, e.Target)
		if err != nil {
			return false, err
		}
		if err := st.PutWaiting(e.Persona, e.Target, append(waiting, s.ID)); err != nil {
			return false, err
		}
	}
	return reached, collect(st, e)
}

// reach marks step at t reached if it is the next step, tallying the time
// it took, and reports whether it was.
func reach(st FunnelState, s *SessionProgress, step Step, t time.Time) (bool, error) {
	if s.Reached != int(step) {
		return false, nil
	}
	s.Reached, s.At[step] = int(step)+1, t
	gap := s.gap(step)
	return true, eachGroup(s.Variants, func(g GroupKey) error { return st.AddStep(g, step, gap) })
}

// gap is the time from the step before step (for StepSearch, from the
// session's first event) to step; a negative gap (a later run started its
// clock earlier) counts as zero.
func (s SessionProgress) gap(step Step) time.Duration {
	from := s.Start
	if step > 0 {
		from = s.At[step-1]
	}
	return max(s.At[step].Sub(from), 0)
}

// revisit completes the chain of every other session of the persona
// waiting on this mini program, and the retention unit it revisits; n is
// how many chains it completed.
func revisit(st FunnelState, e Event) (n int, err error) {
	waiting, err := st.Waiting(e.Persona, e.Target)
	if err != nil {
		return 0, err
	}
	var keep []string
	for _, id := range waiting {
		done, err := completeChain(st, id, e)
		if err != nil {
			return 0, err
		}
		if !done {
			keep = append(keep, id)
			continue
		}
		n++
	}
	if len(keep) != len(waiting) {
		if err := st.PutWaiting(e.Persona, e.Target, keep); err != nil {
			return 0, err
		}
	}
	return n, revisitUnit(st, e)
}

// completeChain lets waiting session id reach the revisit step at e,
// unless e is in that very session.
func completeChain(st FunnelState, id string, e Event) (bool, error) {
	if id == e.Session {
		return false, nil
	}
	w, ok, err := st.Session(id)
	if err != nil || !ok {
		return false, err
	}
	done, err := reach(st, &w, StepRevisit, e.At)
	if err != nil || !done {
		return false, err
	}
	return true, st.PutSession(w)
}

// revisitUnit marks the persona's retention unit of the mini program
// revisited, if it was collected in another session.
func revisitUnit(st FunnelState, e Event) error {
	u, ok, err := st.Unit(e.Persona, e.Target)
	if err != nil || !ok || u.Revisited || u.Session == e.Session {
		return err
	}
	u.Revisited, u.Gap = true, max(e.At.Sub(u.At), 0)
	if err := st.PutUnit(u); err != nil {
		return err
	}
	return eachGroup(u.Variants, func(g GroupKey) error { return st.AddRevisit(g, u.Gap) })
}

// collect records the first collect of a mini program by a persona as a
// retention unit.
func collect(st FunnelState, e Event) error {
	if _, ok, err := st.Unit(e.Persona, e.Target); err != nil || ok {
		return err
	}
	u := CollectUnit{Persona: e.Persona, MiniProgram: e.Target, Session: e.Session, Variants: e.Variants, At: e.At}
	if err := st.PutUnit(u); err != nil {
		return err
	}
	return eachGroup(u.Variants, st.AddCollect)
}

// eachGroup calls fn for the group of all sessions and for each arm in
// variants.
func eachGroup(variants map[string]string, fn func(GroupKey) error) error {
	if err := fn(GroupAll); err != nil {
		return err
	}
	for k, v := range variants {
		if err := fn(GroupKey{Experiment: k, Arm: v}); err != nil {
			return err
		}
	}
	return nil
}
