package account

import (
	"testing"

	"lifesim/model"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// The page's area in a 100×30 terminal: the phone's inner width and the
// rows under its chrome (ui.NewLayout).
const benchW, benchH = 46, 23

// BenchmarkView times View of KFC's page at the size a 100×30 terminal
// gives it, every post loaded:
//   - top: the page as opened, drawn again (a room redraws every
//     session when any session's event lands);
//   - scroll: a step of the selection, down to the last post and back up;
//   - follow: the follow mark flipping (the state the walk's f brings).
//
// The keys and state go to Update untimed; their commands are dropped
// (every post is loaded, so a step asks for nothing).
func BenchmarkView(b *testing.B) {
	st := uitest.OpenStore(b)
	d, m := open(b, st, "kfc", benchW, benchH)
	for range 3 * m.count() { // every page of posts
		d.Keys("down")
	}
	if !m.posts.AllLoaded() {
		b.Fatal("not every post loaded")
	}
	b.Logf("%d rows, %d posts", m.count(), m.posts.Len())
	b.Run("top", func(b *testing.B) {
		m.sel.Row, m.sel.VP.Offset = 0, 0
		for b.Loop() {
			_ = m.View()
		}
	})
	b.Run("scroll", func(b *testing.B) {
		m.sel.Row, m.sel.VP.Offset = 0, 0
		keys := []string{"down", "up"}
		dir := 0
		for b.Loop() {
			b.StopTimer()
			if r := m.sel.Row; (dir == 0 && r == m.count()-1) || (dir == 1 && r == 0) {
				dir = 1 - dir
			}
			m.Update(uitest.Key(keys[dir]))
			b.StartTimer()
			_ = m.View()
		}
	})
	b.Run("follow", func(b *testing.B) {
		m.sel.Row, m.sel.VP.Offset = 0, 0
		states := [2]model.UserState{uitest.State(b, st, "newuser"), uitest.State(b, st, "newuser")}
		states[1].Follows = append(states[1].Follows, model.Follow{AccountID: "kfc", At: uitest.Now})
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			m.Update(screen.StateMsg{State: states[i%2]})
			b.StartTimer()
			_ = m.View()
		}
	})
}
