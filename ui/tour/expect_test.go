package tour

import (
	"errors"
	"lifesim/ui/nav"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/headless"
	"lifesim/ui/tour/script"
)

// mismatchScript is the test tour with step 2 expecting what never shows.
func mismatchScript() *script.Script {
	s := testScript()
	s.Steps[1].Do = append(s.Steps[1].Do, script.Action{Line: 9, Kind: script.Expect, Text: "Nowhere to be seen"})
	return s
}

// TestMismatchStopsTheTour: an expect that has not held after 5 s stops
// the tour with its caption and the mismatch on screen, and Err names the
// script's line; headless, the run ends there.
func TestMismatchStopsTheTour(t *testing.T) {
	t.Parallel()
	r := play(t, 100, 30, Options{Script: mismatchScript(), Pace: Auto, Headless: true})
	if r.err != nil {
		t.Fatalf("the headless run did not end at the mismatch: %v", r.err)
	}
	err := r.tour.Err()
	var mm *MismatchError
	if !errors.As(err, &mm) || err.Error() != `test.tour:9: expected "Nowhere to be seen" on screen` {
		t.Fatalf("Err() = %v", err)
	}
	last := r.last()
	for _, want := range []string{`✗ expected "Nowhere to be seen" on screen (test.tour:9)`, "2/4", "Search finds New Hope"} {
		if !strings.Contains(last, want) {
			t.Errorf("the last screen does not show %q:\n%s", want, last)
		}
	}
	// Step 1 settled, then the expect waited its 5 s.
	if len(r.steps) != 1 {
		t.Fatalf("steps announced: %q", r.steps)
	}
	if waited := r.rt.Now() - r.at[0]; waited < expectTimeout {
		t.Fatalf("stopped %v after step 1, before the expect's %v", waited, expectTimeout)
	}
}

// TestMismatchWaitsForThePresenter: in a terminal the tour stays on the
// mismatch (← and q still work) instead of quitting.
func TestMismatchWaitsForThePresenter(t *testing.T) {
	t.Parallel()
	r := play(t, 100, 30, Options{Script: mismatchScript(), Pace: Auto, Speed: 10})
	if !errors.Is(r.err, headless.ErrIdle) {
		t.Fatalf("run: %v, want the tour waiting", r.err)
	}
	if !strings.Contains(r.last(), "✗ expected") || r.tour.Err() == nil {
		t.Fatalf("no mismatch shown:\n%s", r.last())
	}
}

// TestExpectWaitsForTheScreen: an expect that does not hold yet is
// checked again after every message the app handles, and the step goes
// on as soon as one brings the text, well before the timeout.
func TestExpectWaitsForTheScreen(t *testing.T) {
	t.Parallel()
	s := testScript()
	s.Steps = s.Steps[:2]
	// Step 2 waits for Home's My Mini Programs, on the Life tab.
	s.Steps[1].Do = []script.Action{{Line: 6, Kind: script.Expect, Text: "My Mini Programs"}}
	r := &run{}
	var sent time.Duration
	playWith(t, r, 100, 30, Options{Script: s},
		press([]string{"1/2", "space next"}, "space"),
		// A message of the app's own (gen 1: the first app) switches to Home.
		cue{when: shows("2/2", "Playing"), keys: []tea.Msg{appMsg{gen: 1, msg: nav.SwitchTabMsg{Tab: nav.TabHome}}},
			do: func(*Model) { sent = r.rt.Now() }},
		press([]string{"2/2", "End of the tour"}, "q"),
	)
	if len(r.at) != 2 || r.at[1] != sent {
		t.Fatalf("step 2 settled at %v, the message came at %v", r.at, sent)
	}
}
