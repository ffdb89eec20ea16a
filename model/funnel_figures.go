package model

import (
	"cmp"
	"slices"
	"time"
)

// GroupKey names a group of sessions: GroupAll, or the sessions of one
// experiment arm.
type GroupKey struct{ Experiment, Arm string }

// GroupAll is the group of every session.
var GroupAll = GroupKey{}

// StepTally is how many sessions of a group reached a step and the sum of
// their times from the step before (wrapping like the sum of
// time.Durations it is).
type StepTally struct {
	Count int
	Sum   time.Duration
}

// GroupTally is what a group's figures are computed from, besides the
// ordered gaps a median needs.
type GroupTally struct {
	Sessions  int
	Steps     [NumSteps]StepTally
	Collected int // retention units collected in the group
}

// FunnelFigures reads the tallies a fold kept (FunnelState's Add methods).
type FunnelFigures interface {
	// Arms is every arm that has a tally, in any order.
	Arms() ([]GroupKey, error)
	// Tally is group g's tally (zero for a group never seen).
	Tally(g GroupKey) (GroupTally, error)
	// NthGap is the i-th smallest (from 0) time to step st in group g,
	// over the g's sessions that reached it.
	NthGap(g GroupKey, st Step, i int) (time.Duration, error)
	// RevisitedWithin is how many of g's retention units were revisited
	// at most limit after their collect.
	RevisitedWithin(g GroupKey, limit time.Duration) (int, error)
}

// FunnelOf is group g's chain funnel.
func FunnelOf(fig FunnelFigures, g GroupKey) (Funnel, error) {
	t, err := fig.Tally(g)
	if err != nil {
		return Funnel{}, err
	}
	f := Funnel{Sessions: t.Sessions}
	prev := t.Sessions
	for st := range NumSteps {
		n := t.Steps[st].Count
		f.Steps[st] = StepStat{Count: n, Rate: ratio(n, prev)}
		if n > 0 {
			if f.Steps[st].Median, err = median(fig, g, st, n); err != nil {
				return Funnel{}, err
			}
			f.Steps[st].Mean = t.Steps[st].Sum / time.Duration(n)
		}
		prev = n
	}
	return f, nil
}

// median of the n gaps of step st in g; the median of an even count is
// the mean of the middle two.
func median(fig FunnelFigures, g GroupKey, st Step, n int) (time.Duration, error) {
	mid, err := fig.NthGap(g, st, n/2)
	if err != nil || n%2 == 1 {
		return mid, err
	}
	below, err := fig.NthGap(g, st, n/2-1)
	return (below + mid) / 2, err
}

// RetentionOf is group g's mini-program retention within days.
func RetentionOf(fig FunnelFigures, g GroupKey, days int) (Retention, error) {
	t, err := fig.Tally(g)
	if err != nil {
		return Retention{}, err
	}
	n, err := fig.RevisitedWithin(g, time.Duration(days)*24*time.Hour)
	return Retention{Days: days, Collected: t.Collected, Revisited: n}, err
}

// FunnelGroups is the group of all sessions, then one per experiment arm
// seen (sorted by experiment, then arm). A session belongs to the arms on
// its first event; a collect to the arms on its own event.
func FunnelGroups(fig FunnelFigures, days int) ([]FunnelGroup, error) {
	arms, err := fig.Arms()
	if err != nil {
		return nil, err
	}
	slices.SortFunc(arms, func(x, y GroupKey) int {
		return cmp.Or(cmp.Compare(x.Experiment, y.Experiment), cmp.Compare(x.Arm, y.Arm))
	})
	out := make([]FunnelGroup, 0, 1+len(arms))
	for _, g := range append([]GroupKey{GroupAll}, arms...) {
		fg := FunnelGroup{Experiment: g.Experiment, Arm: g.Arm}
		if fg.Funnel, err = FunnelOf(fig, g); err != nil {
			return nil, err
		}
		if fg.Retention, err = RetentionOf(fig, g, days); err != nil {
			return nil, err
		}
		out = append(out, fg)
	}
	return out, nil
}

// Funnel is the session's own chain funnel (counts of 0 or 1).
func (s SessionProgress) Funnel() Funnel {
	m := newMemFunnels()
	_ = m.AddSession(GroupAll)
	for st := range Step(s.Reached) {
		_ = m.AddStep(GroupAll, st, s.gap(st))
	}
	f, _ := FunnelOf(m, GroupAll) // memory has no errors
	return f
}
