package tour

import (
	"fmt"
	"testing"

	"lifesim/ui/tour/script"
	"lifesim/ui/uitest"
)

// TestBuiltinTour: the built-in tour runs headless to its end on a fresh
// store, every expect holding, at the sizes a presenter's terminal may
// have: below 110 columns the funnel step shows the funnel in place of
// the phone. Every frame is exactly the terminal's size.
func TestBuiltinTour(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			t.Parallel()
			s := script.Builtin()
			r := play(t, sz[0], sz[1], Options{Script: s, Pace: Auto, Speed: 10, Headless: true})
			if r.err != nil {
				t.Fatalf("run: %v", r.err)
			}
			if err := r.tour.Err(); err != nil {
				t.Fatalf("%v; last screen:\n%s", err, r.last())
			}
			if len(r.steps) != len(s.Steps) {
				t.Fatalf("%d of %d steps played", len(r.steps), len(s.Steps))
			}
			for i, f := range r.frames {
				uitest.ExactSize(t, fmt.Sprint("frame ", i), f, sz[0], sz[1])
			}
		})
	}
}
