package model

import (
	"cmp"
	"slices"
	"time"
)

// Step is one step of the chain funnel, the public-to-private traffic
// chain of docs/chain.md measured per session:
//
//  1. search: the session records a search (a settled query);
//  2. open from search: after that, it opens a mini program from search
//     results (source search, scene 1005);
//  3. collect: after that, it collects one of the mini programs it opened
//     from search in this session;
//  4. revisit later: the same persona opens that mini program from the Home
//     grid or My Mini Programs (scenes 1000, 1002) in a later session.
//
// Order is the log's order (Seq), not the simulated clock, because every
// run of the app may start its clock at the same --now.
type Step int

const (
	StepSearch Step = iota
	StepOpen
	StepCollect
	StepRevisit
	NumSteps
)

// Name is the step as printed in tables.
func (s Step) Name() string {
	return [...]string{"search", "open from search", "collect", "revisit later"}[s]
}

// StepStat is how many sessions reached a step and how long they took.
type StepStat struct {
	Count int
	// Rate is Count over the previous step's count; for StepSearch, over
	// the group's sessions. Zero when the denominator is zero.
	Rate float64
	// Median and Mean are the simulated time from the previous step (for
	// StepSearch, from the session's first event), over the sessions that
	// reached this step; a negative gap (a later run started its clock
	// earlier) counts as zero.
	Median, Mean time.Duration
}

// Funnel is the chain funnel over a group of sessions.
type Funnel struct {
	Sessions int // every session in the group, whether it searched or not
	Steps    [NumSteps]StepStat
}

// Overall is the share of searching sessions that completed the chain.
func (f Funnel) Overall() float64 {
	return ratio(f.Steps[NumSteps-1].Count, f.Steps[StepSearch].Count)
}

// Retention is mini-program retention: of the mini programs collected
// (first collect of each mini program by each persona), how many the persona
// revisited from the Home grid or My Mini Programs in a later session
// within Days simulated days of collecting.
type Retention struct {
	Days      int
	Collected int
	Revisited int
}

// Rate is Revisited over Collected (zero when nothing was collected).
func (r Retention) Rate() float64 { return ratio(r.Revisited, r.Collected) }

// FunnelGroup is the funnel and retention of the sessions in one experiment arm;
// Experiment and Arm are empty for the group of all sessions.
type FunnelGroup struct {
	Experiment string
	Arm        string
	Funnel     Funnel
	Retention  Retention
}

// Name is "all" or "experiment=arm".
func (g FunnelGroup) Name() string {
	if g.Experiment == "" {
		return "all"
	}
	return g.Experiment + "=" + g.Arm
}

// ChainFunnel is the chain funnel over every session in events (in log
// order).
func ChainFunnel(events []Event) Funnel {
	a := NewAnalysis()
	a.Add(events...)
	return a.Funnel()
}

// CollectRetention is mini-program retention within days over events.
func CollectRetention(events []Event, days int) Retention {
	a := NewAnalysis()
	a.Add(events...)
	return a.Retention(days)
}

// FunnelByVariant is the group of all sessions followed by one group per
// experiment arm seen in events (sorted by experiment, then arm).
func FunnelByVariant(events []Event, days int) []FunnelGroup {
	a := NewAnalysis()
	a.Add(events...)
	return a.Groups(days)
}

// Analysis folds events into funnel and retention figures incrementally, so
// that a live view can add new events as they arrive. Add events in log
// order; events at or below the last Seq added are ignored.
type Analysis struct {
	last     uint64
	sessions map[string]*sessionRun
	order    []*sessionRun
	// waiting are sessions at StepCollect, by persona and mini program,
	// until a later session revisits it.
	waiting  map[PersonaID]map[string][]*sessionRun
	collects map[PersonaID]map[string]*collectUnit
	units    []*collectUnit
	// completed counts, per session, the earlier sessions whose chain a
	// revisit in it completed.
	completed map[string]int
}

type sessionRun struct {
	id       string
	persona  PersonaID
	variants map[string]string
	start    time.Time
	reached  int // steps reached, 0..NumSteps
	at       [NumSteps]time.Time
	opened   map[string]bool // mini programs opened from search after the search
}

type collectUnit struct {
	persona   PersonaID
	session   string
	variants  map[string]string
	at        time.Time
	revisited bool
	gap       time.Duration // collect → first later-session revisit
}

// NewAnalysis is an empty analysis.
func NewAnalysis() *Analysis {
	return &Analysis{
		sessions:  map[string]*sessionRun{},
		waiting:   map[PersonaID]map[string][]*sessionRun{},
		collects:  map[PersonaID]map[string]*collectUnit{},
		completed: map[string]int{},
	}
}

// Last is the Seq of the last event added.
func (a *Analysis) Last() uint64 { return a.last }

// Add folds events into the analysis.
func (a *Analysis) Add(events ...Event) {
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

func (a *Analysis) add(e Event) {
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
				byMP = map[string][]*sessionRun{}
				a.waiting[e.Persona] = byMP
			}
			byMP[e.Target] = append(byMP[e.Target], s)
		}
		a.collect(e)
	}
}

// session returns e's session, created on its first event.
func (a *Analysis) session(e Event) *sessionRun {
	if s, ok := a.sessions[e.Session]; ok {
		return s
	}
	s := &sessionRun{id: e.Session, persona: e.Persona, variants: e.Variants, start: e.At, opened: map[string]bool{}}
	a.sessions[e.Session] = s
	a.order = append(a.order, s)
	return s
}

// reach marks step st reached at t if it is the next step, reporting
// whether it was.
func (s *sessionRun) reach(st Step, t time.Time) bool {
	if s.reached != int(st) {
		return false
	}
	s.reached, s.at[st] = int(st)+1, t
	return true
}

// revisit completes the chain of every earlier session of the persona
// waiting on this mini program, and the retention units it revisits.
func (a *Analysis) revisit(e Event) {
	byMP := a.waiting[e.Persona]
	var keep []*sessionRun
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
func (a *Analysis) collect(e Event) {
	byMP := a.collects[e.Persona]
	if byMP == nil {
		byMP = map[string]*collectUnit{}
		a.collects[e.Persona] = byMP
	}
	if byMP[e.Target] != nil {
		return
	}
	u := &collectUnit{persona: e.Persona, session: e.Session, variants: e.Variants, at: e.At}
	byMP[e.Target] = u
	a.units = append(a.units, u)
}

// Funnel is the chain funnel over every session.
func (a *Analysis) Funnel() Funnel {
	return funnelOf(a.order)
}

// SessionFunnel is the chain funnel of one session (counts of 0 or 1).
func (a *Analysis) SessionFunnel(id string) Funnel {
	if s, ok := a.sessions[id]; ok {
		return funnelOf([]*sessionRun{s})
	}
	return Funnel{}
}

// Completed is how many earlier sessions' chains a revisit in session id
// completed (the last step seen from the session that takes it).
func (a *Analysis) Completed(id string) int { return a.completed[id] }

// Retention is retention within days over every collect.
func (a *Analysis) Retention(days int) Retention {
	return retentionOf(a.units, days)
}

// Groups is the group of all sessions, then one per experiment arm seen
// (sorted by experiment, then arm). A session belongs to the arms on its
// first event; a collect to the arms on its own event.
func (a *Analysis) Groups(days int) []FunnelGroup {
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
		var ss []*sessionRun
		for _, s := range a.order {
			if s.variants[k[0]] == k[1] {
				ss = append(ss, s)
			}
		}
		var us []*collectUnit
		for _, u := range a.units {
			if u.variants[k[0]] == k[1] {
				us = append(us, u)
			}
		}
		out = append(out, FunnelGroup{Experiment: k[0], Arm: k[1], Funnel: funnelOf(ss), Retention: retentionOf(us, days)})
	}
	return out
}

func funnelOf(ss []*sessionRun) Funnel {
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
		f.Steps[st].Median, f.Steps[st].Mean = medianMean(gaps)
		prev = len(gaps)
	}
	return f
}

func retentionOf(us []*collectUnit, days int) Retention {
	r := Retention{Days: days, Collected: len(us)}
	limit := time.Duration(days) * 24 * time.Hour
	for _, u := range us {
		if u.revisited && u.gap <= limit {
			r.Revisited++
		}
	}
	return r
}

// medianMean of ds (zero for none); the median of an even count is the
// mean of the middle two.
func medianMean(ds []time.Duration) (median, mean time.Duration) {
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

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
