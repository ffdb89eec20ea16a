package model

import (
	"cmp"
	"slices"
	"time"
)

// merchantFunnel is the merchant's private-domain funnel, counted per
// persona (not per session, as the chain funnel is: a private domain is
// people, and its steps span days). Each persona reaches the steps in
// order only, each step at the first event after the step before that
// qualifies, in log order:
//
//  1. public touch: the first impression of the account (Target = the
//     account), or the first open of a scope mini program
//     (open_mini_program), the account (open_account) or a scope post
//     (open_post) from a public place: search, the feed, a post, a post's
//     component, a group, the payment-success page or Home;
//  2. open: the first open of a scope mini program, the account or a
//     scope post at or after the touch, from anywhere (the touch itself
//     when it was an open);
//  3. collect/follow: the first collect of a scope mini program or follow
//     of the account after the open;
//  4. revisit: the first open of a scope mini program from the Home grid
//     or My Mini Programs (Source.IsRevisit) in a later session than the
//     collect/follow's;
//  5. repeat order: the first order in a scope mini program after the
//     revisit.
//
// A step's Rate is its count over the previous step's (the touch's is 1,
// or 0 when no one touched); Median and Mean are the simulated time from
// the previous step (the touch's is 0; a negative gap counts as zero).
// Groups are everyone, then one per experiment arm on the persona's touch
// event, sorted by experiment and arm. Memory is one entry per persona
// that touched the merchant.
type merchantFunnel struct {
	personas map[PersonaID]*merchantPersona
	tallies  map[GroupKey]*merchantTally
}

// merchantPersona is one persona's progress along the merchant funnel.
type merchantPersona struct {
	variants    map[string]string // the arms on the touch event: its groups
	reached     int               // steps reached, 0..NumMerchantSteps
	at          [NumMerchantSteps]time.Time
	keepSession string // the session of the collect/follow step
}

// merchantTally is a group's steps: how many personas reached each and
// the gaps from the step before.
type merchantTally struct {
	gaps   [NumMerchantSteps][]time.Duration
	sum    [NumMerchantSteps]time.Duration
	sorted [NumMerchantSteps]bool
}

func (fn *merchantFunnel) add(f *MerchantFold, e Event) {
	p := fn.personas[e.Persona]
	if p == nil {
		if !f.in.touches(f.scope.Account, e) {
			return
		}
		p = &merchantPersona{variants: e.Variants}
		fn.personas[e.Persona] = p
	}
	for p.reached < int(NumMerchantSteps) && f.in.takes(f.scope.Account, p, MerchantFunnelStep(p.reached), e) {
		fn.reach(p, MerchantFunnelStep(p.reached), e)
	}
}

// takes reports whether e takes persona p to step.
func (in scopeSets) takes(acc AccountID, p *merchantPersona, step MerchantFunnelStep, e Event) bool {
	switch step {
	case MStepTouch:
		return in.touches(acc, e)
	case MStepOpen:
		return in.opens(acc, e)
	case MStepKeep:
		return e.Kind == EventCollect && in.mps[e.Target] || e.Kind == EventFollow && e.Target == string(acc)
	case MStepRevisit:
		return e.Kind == EventOpenMiniProgram && in.mps[e.Target] && e.Source.IsRevisit() && e.Session != p.keepSession
	case MStepRepeat:
		return e.Kind == EventOrder && in.mps[e.Target]
	}
	return false
}

// touches reports whether e is a public touch of the merchant.
func (in scopeSets) touches(acc AccountID, e Event) bool {
	if e.Kind == EventImpression {
		return e.Target == string(acc)
	}
	return publicPlace(e.Source) && in.opens(acc, e)
}

// opens reports whether e opens a scope mini program, the account or a
// scope post.
func (in scopeSets) opens(acc AccountID, e Event) bool {
	switch e.Kind {
	case EventOpenMiniProgram:
		return in.mps[e.Target]
	case EventOpenAccount:
		return e.Target == string(acc)
	case EventOpenPost:
		return in.posts[e.Target]
	}
	return false
}

// publicPlace reports whether s is a public place of the chain: one any
// user reaches without having kept the merchant.
func publicPlace(s Source) bool {
	switch s {
	case SourceSearch, SourceFeed, SourcePost, SourcePostComponent, SourceGroup, SourcePaySuccess, SourceHome:
		return true
	}
	return false
}

// reach marks step reached by p at e and tallies it in p's groups.
func (fn *merchantFunnel) reach(p *merchantPersona, step MerchantFunnelStep, e Event) {
	p.at[step], p.reached = e.At, int(step)+1
	var gap time.Duration
	if step > MStepTouch {
		gap = max(e.At.Sub(p.at[step-1]), 0)
	}
	if step == MStepKeep {
		p.keepSession = e.Session
	}
	_ = eachGroup(p.variants, func(g GroupKey) error {
		t := fn.tallies[g]
		if t == nil {
			t = &merchantTally{}
			fn.tallies[g] = t
		}
		t.gaps[step], t.sorted[step] = append(t.gaps[step], gap), false
		t.sum[step] += gap
		return nil
	})
}

// groups is everyone's funnel, then each arm's.
func (fn *merchantFunnel) groups() []MerchantFunnelGroup {
	arms := make([]GroupKey, 0, len(fn.tallies))
	for g := range fn.tallies {
		if g != GroupAll {
			arms = append(arms, g)
		}
	}
	slices.SortFunc(arms, func(x, y GroupKey) int {
		return cmp.Or(cmp.Compare(x.Experiment, y.Experiment), cmp.Compare(x.Arm, y.Arm))
	})
	out := make([]MerchantFunnelGroup, 0, 1+len(arms))
	for _, g := range append([]GroupKey{GroupAll}, arms...) {
		out = append(out, fn.group(g))
	}
	return out
}

func (fn *merchantFunnel) group(g GroupKey) MerchantFunnelGroup {
	out := MerchantFunnelGroup{Experiment: g.Experiment, Arm: g.Arm}
	t := fn.tallies[g]
	if t == nil {
		return out
	}
	prev := len(t.gaps[MStepTouch])
	for st := range NumMerchantSteps {
		n := len(t.gaps[st])
		out.Steps[st] = StepStat{Count: n, Rate: ratio(n, prev)}
		if n > 0 {
			if !t.sorted[st] {
				slices.Sort(t.gaps[st])
				t.sorted[st] = true
			}
			out.Steps[st].Median = sortedMedian(t.gaps[st])
			out.Steps[st].Mean = t.sum[st] / time.Duration(n)
		}
		prev = n
	}
	return out
}

// sortedMedian is the median of sorted gaps, as the chain funnel's
// median: the mean of the middle two of an even count.
func sortedMedian(gaps []time.Duration) time.Duration {
	n := len(gaps)
	if n%2 == 1 {
		return gaps[n/2]
	}
	return (gaps[n/2-1] + gaps[n/2]) / 2
}
