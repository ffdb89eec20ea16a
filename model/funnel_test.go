package model

import (
	"reflect"
	"testing"
	"time"
)

var t0 = time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)

// ev builds an event at t0+at in session s of persona p with the given
// collect_guidance arm; seq is assigned by log().
func ev(p PersonaID, s string, arm string, at time.Duration, kind EventKind, target string, src Source) Event {
	return Event{Persona: p, Session: s, At: t0.Add(at), Kind: kind, Target: target, Source: src,
		Variants: map[string]string{ExpCollectGuidance: arm}}
}

func log(es ...Event) []Event {
	for i := range es {
		es[i].Seq = uint64(i + 1)
	}
	return es
}

const day = 24 * time.Hour

// story is the hand-worked example of the funnel tests:
//
//	A (off) s1: start 0s, search 10s, open mp1 from search 40s, collect mp1 100s
//	A (off) s2: start 2d, open mp1 from the Home grid 2d+5s      → s1 revisits
//	B (on)  s3: start 0s, search 20s, open mp2 from the grid (not the chain),
//	            open mp2 from search 50s, collect mp3 60s (not opened from
//	            search), collect mp2 80s
//	B (on)  s4: search 2h, open mp2 from My Mini Programs 2h+10s   → s3 revisits
//	            open mp3 from My Mini Programs 2h+20s
//	C (on)  s5: open mp1 from search 3h (before searching: no step),
//	            search 3h+30s, collect mp1 3h+40s (not opened after the search)
func story() []Event {
	return log(
		ev("A", "s1", "off", 0, EventAppStart, "", ""),
		ev("A", "s1", "off", 10*time.Second, EventSearch, "", ""),
		ev("A", "s1", "off", 40*time.Second, EventOpenMiniProgram, "mp1", SourceSearch),
		ev("A", "s1", "off", 100*time.Second, EventCollect, "mp1", ""),
		ev("A", "s1", "off", 110*time.Second, EventAppStop, "", ""),
		ev("A", "s2", "off", 2*day, EventAppStart, "", ""),
		ev("A", "s2", "off", 2*day+5*time.Second, EventOpenMiniProgram, "mp1", SourceHomeGrid),
		ev("B", "s3", "on", 0, EventAppStart, "", ""),
		ev("B", "s3", "on", 20*time.Second, EventSearch, "", ""),
		ev("B", "s3", "on", 30*time.Second, EventOpenMiniProgram, "mp2", SourceHomeGrid),
		ev("B", "s3", "on", 50*time.Second, EventOpenMiniProgram, "mp2", SourceSearch),
		ev("B", "s3", "on", 60*time.Second, EventCollect, "mp3", ""),
		ev("B", "s3", "on", 80*time.Second, EventCollect, "mp2", ""),
		ev("B", "s4", "on", 2*time.Hour, EventSearch, "", ""),
		ev("B", "s4", "on", 2*time.Hour+10*time.Second, EventOpenMiniProgram, "mp2", SourceMyMiniPrograms),
		ev("B", "s4", "on", 2*time.Hour+20*time.Second, EventOpenMiniProgram, "mp3", SourceMyMiniPrograms),
		ev("C", "s5", "on", 3*time.Hour, EventOpenMiniProgram, "mp1", SourceSearch),
		ev("C", "s5", "on", 3*time.Hour+30*time.Second, EventSearch, "", ""),
		ev("C", "s5", "on", 3*time.Hour+40*time.Second, EventCollect, "mp1", ""),
	)
}

func sec(n float64) time.Duration { return time.Duration(n * float64(time.Second)) }

func TestChainFunnel(t *testing.T) {
	got := ChainFunnel(story())
	want := Funnel{Sessions: 5, Steps: [NumSteps]StepStat{
		// s1 10s, s3 20s, s4 0s (its first event), s5 30s
		{Count: 4, Rate: 0.8, Median: sec(15), Mean: sec(15)},
		// s1 30s, s3 30s
		{Count: 2, Rate: 0.5, Median: sec(30), Mean: sec(30)},
		// s1 60s, s3 30s
		{Count: 2, Rate: 1, Median: sec(45), Mean: sec(45)},
		// s1: 2d+5s−100s = 172705s; s3: 2h+10s−80s = 7130s
		{Count: 2, Rate: 1, Median: sec(89917.5), Mean: sec(89917.5)},
	}}
	if got != want {
		t.Errorf("ChainFunnel =\n%+v\nwant\n%+v", got, want)
	}
	if o := got.Overall(); o != 0.5 {
		t.Errorf("Overall = %v; want 0.5", o)
	}
}

func TestCollectRetention(t *testing.T) {
	// units: (A,mp1) revisited after 172705s; (B,mp3) after 7160s;
	// (B,mp2) after 7130s; (C,mp1) never.
	tests := []struct {
		days      int
		revisited int
	}{
		{0, 0}, {1, 2}, {2, 3}, {7, 3}, // 172705s is just under 2 days
	}
	for _, tt := range tests {
		r := CollectRetention(story(), tt.days)
		if r != (Retention{Days: tt.days, Collected: 4, Revisited: tt.revisited}) {
			t.Errorf("days %d: %+v; want 4 collected, %d revisited", tt.days, r, tt.revisited)
		}
	}
	if r := CollectRetention(story(), 7); r.Rate() != 0.75 {
		t.Errorf("Rate = %v; want 0.75", r.Rate())
	}
	if r := CollectRetention(nil, 7); r.Rate() != 0 || r.Collected != 0 {
		t.Errorf("empty retention = %+v", r)
	}
}

func TestFunnelByVariant(t *testing.T) {
	groups := FunnelByVariant(story(), 7)
	var names []string
	for _, g := range groups {
		names = append(names, g.Name())
	}
	if want := []string{"all", "collect_guidance=off", "collect_guidance=on"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("groups %v; want %v", names, want)
	}
	counts := func(f Funnel) []int {
		out := []int{f.Sessions}
		for _, s := range f.Steps {
			out = append(out, s.Count)
		}
		return out
	}
	tests := []struct {
		group     FunnelGroup
		counts    []int // sessions, search, open, collect, revisit
		retention Retention
	}{
		{groups[0], []int{5, 4, 2, 2, 2}, Retention{7, 4, 3}},
		{groups[1], []int{2, 1, 1, 1, 1}, Retention{7, 1, 1}},
		{groups[2], []int{3, 3, 1, 1, 1}, Retention{7, 3, 2}},
	}
	for _, tt := range tests {
		if got := counts(tt.group.Funnel); !reflect.DeepEqual(got, tt.counts) {
			t.Errorf("%s counts %v; want %v", tt.group.Name(), got, tt.counts)
		}
		if tt.group.Retention != tt.retention {
			t.Errorf("%s retention %+v; want %+v", tt.group.Name(), tt.group.Retention, tt.retention)
		}
	}
	if r := groups[2].Funnel.Steps[StepOpen].Rate; r != 1.0/3 {
		t.Errorf("on: open rate %v; want 1/3", r)
	}
}

func TestFunnelEdgeCases(t *testing.T) {
	tests := []struct {
		name   string
		events []Event
		counts [NumSteps]int
		gaps   [NumSteps]time.Duration // medians
	}{
		{"empty log", nil, [NumSteps]int{}, [NumSteps]time.Duration{}},
		{"revisit in the same session is not a revisit", log(
			ev("A", "s1", "on", 0, EventSearch, "", ""),
			ev("A", "s1", "on", time.Second, EventOpenMiniProgram, "mp1", SourceSearch),
			ev("A", "s1", "on", 2*time.Second, EventCollect, "mp1", ""),
			ev("A", "s1", "on", 3*time.Second, EventOpenMiniProgram, "mp1", SourceHomeGrid),
		), [NumSteps]int{1, 1, 1, 0}, [NumSteps]time.Duration{0, time.Second, time.Second, 0}},
		{"another persona's revisit does not count", log(
			ev("A", "s1", "on", 0, EventSearch, "", ""),
			ev("A", "s1", "on", time.Second, EventOpenMiniProgram, "mp1", SourceSearch),
			ev("A", "s1", "on", 2*time.Second, EventCollect, "mp1", ""),
			ev("B", "s2", "on", 3*time.Second, EventOpenMiniProgram, "mp1", SourceHomeGrid),
		), [NumSteps]int{1, 1, 1, 0}, [NumSteps]time.Duration{0, time.Second, time.Second, 0}},
		{"a later run whose clock starts earlier counts a zero gap", log(
			ev("A", "s1", "on", time.Hour, EventSearch, "", ""),
			ev("A", "s1", "on", time.Hour+time.Second, EventOpenMiniProgram, "mp1", SourceSearch),
			ev("A", "s1", "on", time.Hour+2*time.Second, EventCollect, "mp1", ""),
			ev("A", "s2", "on", 0, EventOpenMiniProgram, "mp1", SourceMyMiniPrograms),
		), [NumSteps]int{1, 1, 1, 1}, [NumSteps]time.Duration{0, time.Second, time.Second, 0}},
		{"opening from a post is not the chain", log(
			ev("A", "s1", "on", 0, EventSearch, "", ""),
			ev("A", "s1", "on", time.Second, EventOpenMiniProgram, "mp1", SourcePostComponent),
			ev("A", "s1", "on", 2*time.Second, EventCollect, "mp1", ""),
		), [NumSteps]int{1, 0, 0, 0}, [NumSteps]time.Duration{}},
		{"one revisit completes every waiting session", log(
			ev("A", "s1", "on", 0, EventSearch, "", ""),
			ev("A", "s1", "on", time.Second, EventOpenMiniProgram, "mp1", SourceSearch),
			ev("A", "s1", "on", 2*time.Second, EventCollect, "mp1", ""),
			ev("A", "s2", "on", 10*time.Second, EventSearch, "", ""),
			ev("A", "s2", "on", 11*time.Second, EventOpenMiniProgram, "mp1", SourceSearch),
			ev("A", "s2", "on", 12*time.Second, EventUncollect, "mp1", ""),
			ev("A", "s2", "on", 13*time.Second, EventCollect, "mp1", ""),
			ev("A", "s3", "on", 20*time.Second, EventOpenMiniProgram, "mp1", SourceHomeGrid),
		), [NumSteps]int{2, 2, 2, 2}, [NumSteps]time.Duration{0, time.Second, 3 * time.Second / 2, 25 * time.Second / 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := ChainFunnel(tt.events)
			for st := range NumSteps {
				if f.Steps[st].Count != tt.counts[st] || f.Steps[st].Median != tt.gaps[st] {
					t.Errorf("%s: count %d median %v; want %d, %v", st.Name(), f.Steps[st].Count, f.Steps[st].Median, tt.counts[st], tt.gaps[st])
				}
			}
		})
	}
}

func TestAnalysisIsIncremental(t *testing.T) {
	es := story()
	a := NewAnalysis()
	for _, e := range es {
		a.Add(e)
	}
	a.Add(es...) // already seen: ignored
	if got, want := a.Funnel(), ChainFunnel(es); got != want {
		t.Errorf("incremental %+v\nwhole %+v", got, want)
	}
	if a.Last() != uint64(len(es)) {
		t.Errorf("Last = %d", a.Last())
	}
	s1 := a.SessionFunnel("s1")
	if s1.Sessions != 1 || s1.Steps[StepRevisit].Count != 1 || s1.Steps[StepSearch].Median != 10*time.Second {
		t.Errorf("SessionFunnel(s1) = %+v", s1)
	}
	if a.Completed("s2") != 1 || a.Completed("s4") != 1 || a.Completed("s1") != 0 {
		t.Errorf("Completed s2 %d s4 %d s1 %d; want 1 1 0", a.Completed("s2"), a.Completed("s4"), a.Completed("s1"))
	}
	if f := a.SessionFunnel("nope"); f.Sessions != 0 {
		t.Errorf("unknown session = %+v", f)
	}
}
