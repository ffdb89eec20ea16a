package tour

import (
	"strings"
	"testing"
	"time"

	"lifesim/ui/tour/script"
)

// paced is how long script s takes at the auto pace at speed 1 when every
// expect holds as soon as its key has been handled: each action's pause,
// then each step held for reading.
func paced(s *script.Script) (settled []time.Duration, total time.Duration) {
	for _, st := range s.Steps {
		for _, a := range st.Do {
			switch a.Kind {
			case script.Key, script.Clock:
				total += keyPause
			case script.Type:
				total += time.Duration(len([]rune(a.Text))) * typePause
			case script.Wait:
				total += a.By
			}
		}
		settled = append(settled, total)
		total += readHold + time.Duration(len(strings.Fields(st.Caption)))*readPerWord
	}
	return settled, total
}

// TestAutoPace: the auto pace plays each action at its pace and holds
// each step for its caption's words, all divided by Speed; headless, it
// quits after the last step.
func TestAutoPace(t *testing.T) {
	t.Parallel()
	settled, total := paced(testScript())
	for _, speed := range []float64{1, 10} {
		r := play(t, 100, 30, Options{Script: testScript(), Pace: Auto, Speed: speed, Headless: true})
		if r.err != nil || r.tour.Err() != nil {
			t.Fatalf("speed %v: run %v, tour %v", speed, r.err, r.tour.Err())
		}
		if len(r.at) != len(settled) {
			t.Fatalf("speed %v: %d steps announced, want %d", speed, len(r.at), len(settled))
		}
		scale := func(d time.Duration) time.Duration { return time.Duration(float64(d) / speed) }
		for i, at := range r.at {
			if at != scale(settled[i]) {
				t.Errorf("speed %v: step %d settled at %v, want %v", speed, i+1, at, scale(settled[i]))
			}
		}
		if got := r.rt.Now(); got != scale(total) {
			t.Errorf("speed %v: quit at %v, want %v", speed, got, scale(total))
		}
	}
}

// TestPauseToggles: p stops the auto pace on the step shown (the tour
// waits for the presenter) and starts it again.
func TestPauseToggles(t *testing.T) {
	t.Parallel()
	r := &run{}
	var paused time.Duration
	playWith(t, r, 100, 30, Options{Script: testScript(), Pace: Auto},
		press([]string{"1/4", "Auto", "p pauses"}, "p"),
		// Paused, nothing moves the tour on: the run goes idle on step 1
		// unless p starts the pace again.
		cue{when: shows("1/4", "space next", "p auto"), keys: keys("p"), do: func(*Model) { paused = r.rt.Now() }},
		press([]string{"2/4", "Auto"}, "q"),
	)
	if len(r.at) < 2 {
		t.Fatalf("steps announced: %q", r.steps)
	}
	// Step 2 began a hold after p, not from where step 1 settled.
	if r.at[1] < paused+keyPause {
		t.Fatalf("step 2 settled at %v, p pressed again at %v", r.at[1], paused)
	}
}

// TestStepPaceWaits: the step pace never moves on by itself.
func TestStepPaceWaits(t *testing.T) {
	t.Parallel()
	r := play(t, 100, 30, Options{Script: testScript()})
	if r.err == nil || len(r.steps) != 1 || !strings.Contains(r.last(), "1/4") {
		t.Fatalf("run %v, steps %q: the tour moved on without the presenter", r.err, r.steps)
	}
}
