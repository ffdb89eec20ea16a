package tour

import (
	"lifesim/ui/tour/script"

	"strings"
	"testing"
)

// TestTakeOverAndResume: a key that is not the tour's goes to the app and
// hands it to the presenter; ctrl+r is refused while the screen is not
// one the tour can go on from (it says what it waits to see), and
// resumes with the next step once it is.
func TestTakeOverAndResume(t *testing.T) {
	t.Parallel()
	r := play(t, 100, 30, Options{Script: testScript()},
		// 1 is the app's Home tab: it leaves Life, where step 1 ended.
		press([]string{"1/4", "space next"}, "1"),
		cue{when: shows("You have the app", "ctrl+r resumes the tour"), keys: keys("space", "ctrl+r"), do: func(m *Model) {
			if s := screen(m); strings.Contains(s, "Recommended") {
				t.Errorf("the key did not reach the app (still on Life):\n%s", s)
			}
		}},
		// space went to the app too; ctrl+r is refused: step 2 has no
		// expect before its first key, so step 1's last one counts.
		cue{when: shows(`waits to see "Recommended"`), keys: keys("3", "ctrl+r")},
		press([]string{"2/4", "space next"}, "q"),
	)
	if r.err != nil {
		t.Fatal(r.err)
	}
	if !strings.Contains(r.last(), "New Hope Member Service") {
		t.Fatalf("step 2 did not play after ctrl+r:\n%s", r.last())
	}
}

// TestResumeWaitsForTheNextStepsExpect: the next step's expects before
// its first key are what ctrl+r checks.
func TestResumeWaitsForTheNextStepsExpect(t *testing.T) {
	t.Parallel()
	s := testScript()
	// Step 3 now starts by expecting the search results.
	s.Steps[2].Do = append(s.Steps[2].Do[:0:0], append([]script.Action{{Line: 10, Kind: script.Expect, Text: "New Hope Member Service"}}, s.Steps[2].Do...)...)
	play(t, 100, 30, Options{Script: s},
		press([]string{"1/4", "space next"}, "space"),
		// Still on Life: the presenter takes the app before step 2 types.
		press([]string{"2/4", "space next"}, "esc", "1", "ctrl+r"),
		cue{when: shows(`waits to see "New Hope Member Service"`), keys: keys("2", "ctrl+r")},
		press([]string{"3/4", "space next"}, "q"),
	)
}
