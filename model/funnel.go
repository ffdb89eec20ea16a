package model

import "time"

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
// that a live view can add new events as they arrive, keeping the fold's
// state in memory (the store keeps the same state on disk: FoldEvent).
// Add events in log order; events at or below the last Seq added are
// ignored.
type Analysis struct {
	last  uint64
	state *memFunnels
}

// NewAnalysis is an empty analysis.
func NewAnalysis() *Analysis {
	return &Analysis{state: newMemFunnels()}
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
		_ = FoldEvent(a.state, e) // memory has no errors
	}
}

// Funnel is the chain funnel over every session.
func (a *Analysis) Funnel() Funnel {
	f, _ := FunnelOf(a.state, GroupAll)
	return f
}

// SessionFunnel is the chain funnel of one session (counts of 0 or 1).
func (a *Analysis) SessionFunnel(id string) Funnel {
	if s, ok := a.state.sessions[id]; ok {
		return s.Funnel()
	}
	return Funnel{}
}

// Completed is how many earlier sessions' chains a revisit in session id
// completed (the last step seen from the session that takes it).
func (a *Analysis) Completed(id string) int { return a.state.sessions[id].Completed }

// Retention is retention within days over every collect.
func (a *Analysis) Retention(days int) Retention {
	r, _ := RetentionOf(a.state, GroupAll, days)
	return r
}

// Groups is the group of all sessions, then one per experiment arm seen
// (sorted by experiment, then arm). A session belongs to the arms on its
// first event; a collect to the arms on its own event.
func (a *Analysis) Groups(days int) []FunnelGroup {
	g, _ := FunnelGroups(a.state, days)
	return g
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
