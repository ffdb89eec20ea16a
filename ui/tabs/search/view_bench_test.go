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
//   - typing: the input focused, as each letter of the walk's kfc leaves
//     it, drawn again (a room redraws every session when any session's
//     event lands);
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
	b.Run("typing", func(b *testing.B) {
		for b.Loop() {
			_ = m.View()
		}
	})
	m.Update(uitest.Key("esc"))
	b.Run("browse", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			before := m.View()
			m.Update(uitest.Key("down"))
			if m.View() == before { // the last result: back to the first
				for range 100 {
					m.Update(uitest.Key("up"))
				}
				m.Update(uitest.Key("esc"))
			}
			b.StartTimer()
			_ = m.View()
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
