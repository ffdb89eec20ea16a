package search_test

import (
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui/screen"
	"lifesim/ui/tabs/search"
	"lifesim/ui/uitest"
)

// The tab's area in a 100×30 terminal: the phone's inner width and the
// rows under its chrome (ui.NewLayout).
const benchW, benchH = 46, 23

// BenchmarkView times View of the results for "kfc" at the size a 100×30
// terminal gives the tab:
//   - redraw: the input focused, as the walk's kfc leaves it, drawn again
//     with nothing changed (Bubble Tea draws after every message, and a
//     room redraws every session when any session's event lands);
//   - key: the last letter erased and typed again, before its results
//     arrive (the frame of each key of kfc);
//   - browse: a step of the selection through the results, down to the
//     last and back up;
//   - state: the persona's state changing (the walk's collect and follow
//     each bring one), the selection still.
//
// Keys and state go to Update untimed; the commands they return are
// dropped (the results are on screen already).
func BenchmarkView(b *testing.B) {
	st := uitest.OpenStore(b)
	m := search.New(uitest.Env(st, "newuser"))
	d := uitest.NewScreen(b, m, benchW, benchH)
	d.Send(uitest.Results(b, m.Focus())...)
	d.Send(uitest.Type("kfc")...)
	if v := uitest.Plain(d); !strings.Contains(v, "KFC Self-Service Ordering") {
		b.Fatalf("no results for kfc:\n%s", v)
	}
	b.Run("redraw", func(b *testing.B) {
		for b.Loop() {
			_ = m.View()
		}
	})
	b.Run("key", func(b *testing.B) {
		keys := [2]string{"backspace", "c"}
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			m.Update(uitest.Key(keys[i%2]))
			b.StartTimer()
			_ = m.View()
		}
	})
	m.Update(uitest.Key("esc"))
	b.Run("browse", func(b *testing.B) {
		// down until the frame stays (the last result), then up as far,
		// and down again
		last, n, step, dir := m.View(), 0, 0, "down"
		for b.Loop() {
			b.StopTimer()
			m.Update(uitest.Key(dir))
			b.StartTimer()
			v := m.View()
			b.StopTimer()
			step++
			switch {
			case n == 0 && v == last:
				n, step, dir = step-1, 0, "up"
			case n > 0 && step == n:
				step, dir = 0, map[string]string{"up": "down", "down": "up"}[dir]
			}
			last = v
			b.StartTimer()
		}
	})
	states := [2]model.UserState{uitest.State(b, st, "newuser"), uitest.State(b, st, "newuser")}
	states[1].Follows = append(states[1].Follows, model.Follow{AccountID: "kfc", At: uitest.Now})
	b.Run("state", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			m.Update(screen.StateMsg{State: states[i%2]})
			b.StartTimer()
			_ = m.View()
		}
	})
}
