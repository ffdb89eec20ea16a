package miniprogram

import (
	"testing"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// The page's area in a 100×30 terminal: the phone's inner width and the
// rows under its chrome (ui.NewLayout).
const benchW, benchH = 46, 23

// BenchmarkView times View of KFC's mini program at the size a 100×30
// terminal gives it:
//   - open: the page as opened, drawn again (a room redraws every
//     session when any session's event lands);
//   - scroll: a step of the selection through the services, down to the
//     last and back up;
//   - collect: the collected mark flipping (the walk's s).
//
// Keys and state go to Update untimed; their commands are dropped.
func BenchmarkView(b *testing.B) {
	db := uitest.OpenStore(b)
	d := open(b, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, benchW, benchH)
	m := d.S.(*Page)
	uitest.MustContain(b, d, "Services")
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			_ = m.View()
		}
	})
	b.Run("scroll", func(b *testing.B) {
		keys := []string{"down", "up"}
		dir := 0
		for b.Loop() {
			b.StopTimer()
			if (dir == 0 && m.sel == len(m.mp.Services)-1) || (dir == 1 && m.sel == 0) {
				dir = 1 - dir
			}
			m.Update(uitest.Key(keys[dir]))
			b.StartTimer()
			_ = m.View()
		}
	})
	m.sel = 0
	states := [2]model.UserState{uitest.State(b, db, "newuser"), uitest.State(b, db, "newuser")}
	states[1].Favourites = append(states[1].Favourites, kfc)
	b.Run("collect", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			m.Update(screen.StateMsg{State: states[i%2]})
			b.StartTimer()
			_ = m.View()
		}
	})
}
