package tour

import (
	"slices"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
)

// collected reports whether the persona of the test tour has collected
// New Hope's mini program in db.
func collected(t *testing.T, db *store.DB) bool {
	t.Helper()
	s, err := db.State("newuser")
	if err != nil {
		t.Fatal(err)
	}
	return len(s.Favourites) > 0
}

// TestStepByStep: each space plays the next step, every step is
// announced once it has played, and the app really did what the steps
// said: the mini program is collected in the store.
func TestStepByStep(t *testing.T) {
	t.Parallel()
	r := play(t, 100, 30, Options{Script: testScript()},
		press([]string{"1/4", "space next"}, "space"),
		press([]string{"2/4", "space next"}, "space"),
		press([]string{"3/4", "space next"}, "space"),
		press([]string{"4/4", "End of the tour"}, "q"),
	)
	if r.err != nil {
		t.Fatal(r.err)
	}
	var want []string
	for i, s := range testScript().Steps {
		want = append(want, strings.Join([]string{string(rune('1' + i)), s.Caption}, " "))
	}
	if !slices.Equal(r.steps, want) {
		t.Fatalf("steps announced:\n%q\nwant\n%q", r.steps, want)
	}
	if !strings.Contains(r.last(), "( ★") || !collected(t, r.open.stores[0]) {
		t.Fatalf("the last step did not collect the mini program:\n%s", r.last())
	}
	if r.tour.Err() != nil {
		t.Fatal(r.tour.Err())
	}
}

// TestSpaceFinishesTheStep: space while a step plays finishes it at once,
// with no pace, its expects still checked.
func TestSpaceFinishesTheStep(t *testing.T) {
	t.Parallel()
	r := &run{}
	var pressed []int64
	c := press([]string{"2/4", "Playing", "space finishes"}, "space")
	c.do = func(*Model) { pressed = append(pressed, int64(r.rt.Now())) }
	playWith(t, r, 100, 30, Options{Script: testScript()},
		press([]string{"1/4", "space next"}, "space"),
		c,
		press([]string{"2/4", "space next"}, "q"),
	)
	if len(r.at) < 2 || int64(r.at[1]) != pressed[0] {
		t.Fatalf("space at %v: step 2 settled at %v, want at once", pressed, r.at)
	}
	if !strings.Contains(r.last(), "New Hope Member Service") {
		t.Fatalf("the finished step did not type its search:\n%s", r.last())
	}
}

// TestBackReplaysOnAFreshStore: ← replays the steps before the previous
// one on a store freshly opened, so the state is the one that step
// began from, and the store it replaces is closed.
func TestBackReplaysOnAFreshStore(t *testing.T) {
	t.Parallel()
	r := &run{}
	playWith(t, r, 100, 30, Options{Script: testScript()},
		press([]string{"1/4", "space next"}, "space"),
		press([]string{"2/4", "space next"}, "space"),
		press([]string{"3/4", "space next"}, "space"),
		cue{when: shows("4/4", "End of the tour"), keys: keys("left"), do: func(*Model) {
			if !collected(t, r.open.stores[0]) {
				t.Error("the first store has nothing collected at the end")
			}
		}},
		cue{when: shows("3/4", "space next"), keys: keys("q"), do: func(m *Model) {
			if len(r.open.stores) != 2 || !r.open.closed[0] {
				t.Errorf("← opened %d stores, closed the first: %v", len(r.open.stores), r.open.closed)
			}
			if collected(t, r.open.stores[1]) {
				t.Error("after ←, the mini program is still collected: the store is not fresh")
			}
			if s := screen(m); !strings.Contains(s, "Add New Hope to My Mini Programs") {
				t.Errorf("step 3 is not shown again:\n%s", s)
			}
		}},
	)
	// The replayed steps 1 and 2 are not announced again; step 3 is.
	if got := len(r.steps); got != 5 || !strings.HasPrefix(r.steps[4], "3 ") {
		t.Fatalf("steps announced: %q", r.steps)
	}
}

// TestBackAtTheFirstStepStartsAgain.
func TestBackAtTheFirstStepStartsAgain(t *testing.T) {
	t.Parallel()
	r := &run{}
	playWith(t, r, 100, 30, Options{Script: testScript()},
		press([]string{"1/4", "space next"}, "left"),
		cue{when: shows("1/4", "space next"), keys: keys("q"), do: func(*Model) {
			if len(r.open.stores) != 2 {
				t.Errorf("← at the first step opened %d stores, want 2", len(r.open.stores))
			}
		}},
	)
}

// TestStaleAppMessagesAreDropped: after ← replaced the app, a message
// from the old app's commands never reaches the new one; the new app's
// own does.
func TestStaleAppMessagesAreDropped(t *testing.T) {
	t.Parallel()
	home := nav.SwitchTabMsg{Tab: nav.TabHome}
	playWith(t, &run{}, 100, 30, Options{Script: testScript()},
		press([]string{"1/4", "space next"}, "space"),
		press([]string{"2/4", "space next"}, "left"),
		cue{when: shows("1/4", "space next"), keys: keys("q"), do: func(m *Model) {
			before := screen(m)
			m.Update(appMsg{gen: m.gen - 1, msg: home})
			if after := screen(m); after != before {
				t.Errorf("an old app's message changed the screen:\n%s", after)
			}
			m.Update(appMsg{gen: m.gen, msg: home})
			if after := screen(m); after == before {
				t.Error("the current app's message did not reach it")
			}
		}},
	)
}

// TestAppQuitEndsTheDemo: q while the presenter has the app is the app's
// own quit: the session ends (app_stop is logged) and so does the demo.
func TestAppQuitEndsTheDemo(t *testing.T) {
	t.Parallel()
	r := play(t, 100, 30, Options{Script: testScript()},
		press([]string{"1/4", "space next"}, "1"),
		press([]string{"You have the app"}, "q"),
	)
	if r.err != nil {
		t.Fatalf("the demo did not end: %v", r.err)
	}
	evs, err := r.open.stores[0].Events(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) == 0 || evs[len(evs)-1].Kind != model.EventAppStop {
		t.Fatalf("the app's quit did not end its session: last events %v", evs[max(len(evs)-3, 0):])
	}
}
