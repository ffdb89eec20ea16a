package tour

import (
	"fmt"
	"testing"

	"lifesim/ui/tour/script"
)

// BenchmarkView is the tour's frame on a step shown (the app's frame
// kept): what each message costs on top of the app's own View.
func BenchmarkView(b *testing.B) {
	for _, sz := range [][2]int{{100, 30}, {160, 40}} {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			var m *Model
			playWith(b, &run{}, sz[0], sz[1], Options{Script: testScript()},
				cue{when: shows("1/4", "space next"), keys: keys("q"), do: func(mm *Model) { m = mm }})
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkBuiltinTour is the whole built-in tour played headless at
// 100×30 (a fresh store, 14 steps, every frame drawn).
func BenchmarkBuiltinTour(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r := play(b, 100, 30, Options{Script: script.Builtin(), Pace: Auto, Speed: 10, Headless: true})
		if r.err != nil || r.tour.Err() != nil {
			b.Fatal(r.err, r.tour.Err())
		}
	}
}
