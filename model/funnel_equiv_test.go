package model

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// randomLog is a log of n events over a few personas, sessions and mini
// programs, with every kind and source the funnel looks at, arms that
// change between events, and clocks that sometimes run backwards (a later
// run starting earlier).
func randomLog(seed uint64, n int) []Event {
	rng := rand.New(rand.NewPCG(seed, 1))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	kinds := []EventKind{EventAppStart, EventSearch, EventSearch, EventOpenMiniProgram, EventOpenMiniProgram,
		EventOpenMiniProgram, EventCollect, EventCollect, EventUncollect, EventTab}
	sources := []Source{SourceSearch, SourceSearch, SourceHomeGrid, SourceMyMiniPrograms, SourcePostComponent, ""}
	at := t0
	var out []Event
	for i := range n {
		at = at.Add(time.Duration(rng.IntN(7200)-600) * time.Second)
		if rng.IntN(50) == 0 {
			at = at.Add(time.Duration(rng.IntN(5)) * day)
		}
		p := PersonaID(pick("A", "B", "C", "D"))
		variants := map[string]string{ExpCollectGuidance: pick("on", "off")}
		if rng.IntN(3) == 0 {
			variants["feed_ranking"] = pick("ranked", "chronological")
		}
		if rng.IntN(10) == 0 {
			variants = nil
		}
		out = append(out, Event{Seq: uint64(i + 1), At: at, Persona: p, Session: fmt.Sprintf("%s-%d", p, rng.IntN(6)),
			Kind: kinds[rng.IntN(len(kinds))], Target: pick("mp1", "mp2", "mp3"), Source: sources[rng.IntN(len(sources))],
			Variants: variants})
	}
	return out
}

// Analysis, whose rules are FoldEvent's over a FunnelState, gives exactly
// the figures of the fold it replaced, for every group, retention window
// and session, on the hand-made story and on random logs.
func TestAnalysisEqualsTheFoldItReplaced(t *testing.T) {
	logs := map[string][]Event{"story": story()}
	for seed := range uint64(40) {
		logs[fmt.Sprintf("random %d", seed)] = randomLog(seed, 20+int(seed)*25)
	}
	for name, es := range logs {
		got, want := NewAnalysis(), newRefAnalysis()
		got.Add(es...)
		want.Add(es...)
		for _, days := range []int{0, 1, 2, 7, 3650} {
			g, w := got.Groups(days), want.Groups(days)
			if fmt.Sprintf("%+v", g) != fmt.Sprintf("%+v", w) {
				t.Fatalf("%s, %d days: groups\n%+v\nwant\n%+v", name, days, g, w)
			}
		}
		for _, e := range es {
			if g, w := got.SessionFunnel(e.Session), want.SessionFunnel(e.Session); g != w {
				t.Fatalf("%s: session %s funnel %+v; want %+v", name, e.Session, g, w)
			}
			if g, w := got.Completed(e.Session), want.Completed(e.Session); g != w {
				t.Fatalf("%s: session %s completed %d; want %d", name, e.Session, g, w)
			}
		}
	}
}
