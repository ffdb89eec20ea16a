package model

import (
	"cmp"
	"slices"
	"time"
)

// The fold as it was before its rules moved to FoldEvent over a
// FunnelState (commit 95a1e93), kept verbatim as the reference the
// equivalence test (funnel_equiv_test.go) compares Analysis with.

// refAnalysis folds events into funnel and retention figures incrementally, so
// that a live view can add new events as they arrive. Add events in log
// order; events at or below the last Seq added are ignored.
type refAnalysis struct {
	last     uint64
	sessions map[string]*refSession
	order    []*refSession
	// waiting are sessions at StepCollect, by persona and mini program,
	// until a later session revisits it.
	waiting  map[PersonaID]map[string][]*refSession
	collects map[PersonaID]map[string]*refUnit
	units    []*refUnit
	// completed counts, per session, the earlier sessions whose chain a
	// revisit in it completed.
	completed map[string]int
}

type refSession struct {
	id       string
	persona  PersonaID
	variants map[string]string
	start    time.Time
	reached  int // steps reached, 0..NumSteps
	at       [NumSteps]time.Time
	opened   map[string]bool // mini programs opened from search after the search
}

type refUnit struct {
	persona   PersonaID
	session   string
	variants  map[string]string
	at        time.Time
	revisited bool
	gap       time.Duration // collect → first later-session revisit
}

// newRefAnalysis is an empty analysis.
func newRefAnalysis() *refAnalysis {
	return &refAnalysis{
		sessions:  map[string]*refSession{},
		waiting:   map[PersonaID]map[string][]*refSession{},
		collects:  map[PersonaID]map[string]*refUnit{},
		completed: map[string]int{},
	}
}

// Last is the Seq of the last event added.
func (a *refAnalysis) Last() uint64 { return a.last }

// Add folds events into the analysis.
func (a *refAnalysis) Add(events ...Event) {
	for _, e := range events {
		if e.Seq != 0 {
			if e.Seq <= a.last {
				continue
			}
			a.last = e.Seq
		}
		a.add(e)
	}
}

func (a *refAnalysis) add(e Event) {
	s := a.session(e)
	switch e.Kind {
	case EventSearch:
		s.reach(StepSearch, e.At)
	case EventOpenMiniProgram:
		if e.Source == SourceSearch && s.reached > int(StepSearch) {
			s.opened[e.Target] = true
			s.reach(StepOpen, e.At)
		}
		if e.Source.IsRevisit() {
			a.revisit(e)
		}
	case EventCollect:
		if s.reached > int(StepOpen) && s.opened[e.Target] && s.reach(StepCollect, e.At) {
			byMP := a.waiting[e.Persona]
			if byMP == nil {
				byMP = map[string][]*refSession{}
				a.waiting[e.Persona] = byMP
			}
			byMP[e.Target] = append(byMP[e.Target], s)
		}
		a.collect(e)
	}
}

// session returns e's session, created on its first event.
func (a *refAnalysis) session(e Event) *refSession {
	if s, ok := a.sessions[e.Session]; ok {
		return s
	}
	s := &refSession{id: e.Session, persona: e.Persona, variants: e.Variants, start: e.At, opened: map[string]bool{}}
	a.sessions[e.Session] = s
	a.order = append(a.order, s)
	return s
}

// reach marks step st reached at t if it is the next step, reporting
// whether it was.
func (s *refSession) reach(st Step, t time.Time) bool {
	if s.reached != int(st) {
		return false
	}
	s.reached, s.at[st] = int(st)+1, t
	return true
}

// revisit completes the chain of every earlier session of the persona
// waiting on this mini program, and the retention units it revisits.
func (a *refAnalysis) revisit(e Event) {
	byMP := a.waiting[e.Persona]
	var keep []*refSession
	for _, s := range byMP[e.Target] {
		if s.id == e.Session || !s.reach(StepRevisit, e.At) {
			keep = append(keep, s)
			continue
		}
		a.completed[e.Session]++
	}
	if byMP != nil {
		byMP[e.Target] = keep
	}
	if u := a.collects[e.Persona][e.Target]; u != nil && !u.revisited && u.session != e.Session {
		u.revisited, u.gap = true, max(e.At.Sub(u.at), 0)
	}
}

// collect records the first collect of a mini program by a persona as a
// retention unit.
func (a *refAnalysis) collect(e Event) {
	byMP := a.collects[e.Persona]
	if byMP == nil {
		byMP = map[string]*refUnit{}
		a.collects[e.Persona] = byMP
	}
	if byMP[e.Target] != nil {
		return
	}
	u := &refUnit{persona: e.Persona, session: e.Session, variants: e.Variants, at: e.At}
	byMP[e.Target] = u
	a.units = append(a.units, u)
}

// Funnel is the chain funnel over every session.
func (a *refAnalysis) Funnel() Funnel {
	return refFunnelOf(a.order)
}

// SessionFunnel is the chain funnel of one session (counts of 0 or 1).
func (a *refAnalysis) SessionFunnel(id string) Funnel {
	if s, ok := a.sessions[id]; ok {
		return refFunnelOf([]*refSession{s})
	}
	return Funnel{}
}

// Completed is how many earlier sessions' chains a revisit in session id
// completed (the last step seen from the session that takes it).
func (a *refAnalysis) Completed(id string) int { return a.completed[id] }

// Retention is retention within days over every collect.
func (a *refAnalysis) Retention(days int) Retention {
	return refRetentionOf(a.units, days)
}

// Groups is the group of all sessions, then one per experiment arm seen
// (sorted by experiment, then arm). A session belongs to the arms on its
// first event; a collect to the arms on its own event.
func (a *refAnalysis) Groups(days int) []FunnelGroup {
	out := []FunnelGroup{{Funnel: a.Funnel(), Retention: a.Retention(days)}}
	arms := map[[2]string]bool{}
	for _, s := range a.order {
		for k, v := range s.variants {
			arms[[2]string{k, v}] = true
		}
	}
	for _, u := range a.units {
		for k, v := range u.variants {
			arms[[2]string{k, v}] = true
		}
	}
	keys := make([][2]string, 0, len(arms))
	for k := range arms {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]string) int {
		if x[0] != y[0] {
			return cmp.Compare(x[0], y[0])
		}
		return cmp.Compare(x[1], y[1])
	})
	for _, k := range keys {
		var ss []*refSession
		for _, s := range a.order {
			if s.variants[k[0]] == k[1] {
				ss = append(ss, s)
			}
		}
		var us []*refUnit
		for _, u := range a.units {
			if u.variants[k[0]] == k[1] {
				us = append(us, u)
			}
		}
		out = append(out, FunnelGroup{Experiment: k[0], Arm: k[1], Funnel: refFunnelOf(ss), Retention: refRetentionOf(us, days)})
	}
	return out
}

func refFunnelOf(ss []*refSession) Funnel {
	f := Funnel{Sessions: len(ss)}
	prev := len(ss)
	for st := range NumSteps {
		var gaps []time.Duration
		for _, s := range ss {
			if s.reached <= int(st) {
				continue
			}
			from := s.start
			if st > 0 {
				from = s.at[st-1]
			}
			gaps = append(gaps, max(s.at[st].Sub(from), 0))
		}
		f.Steps[st] = StepStat{Count: len(gaps), Rate: ratio(len(gaps), prev)}
		f.Steps[st].Median, f.Steps[st].Mean = refMedianMean(gaps)
		prev = len(gaps)
	}
	return f
}

func refRetentionOf(us []*refUnit, days int) Retention {
	r := Retention{Days: days, Collected: len(us)}
	limit := time.Duration(days) * 24 * time.Hour
	for _, u := range us {
		if u.revisited && u.gap <= limit {
			r.Revisited++
		}
	}
	return r
}

// refMedianMean of ds (zero for none); the median of an even count is the
// mean of the middle two.
func refMedianMean(ds []time.Duration) (median, mean time.Duration) {
	if len(ds) == 0 {
		return 0, 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	var sum time.Duration
	for _, d := range s {
		sum += d
	}
	mid := len(s) / 2
	median = s[mid]
	if len(s)%2 == 0 {
		median = (s[mid-1] + s[mid]) / 2
	}
	return median, sum / time.Duration(len(s))
}
