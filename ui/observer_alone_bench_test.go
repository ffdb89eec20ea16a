package ui_test

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui"
	"lifesim/ui/uitest"
)

// BenchmarkObserverToggle times F2 and the frame it draws, the panel
// shown and hidden in turn: in the phone's place at 100×30, beside it at
// 160×40. The panel's first read is in every shown frame's cost.
func BenchmarkObserverToggle(b *testing.B) {
	for _, size := range [][2]int{{100, 30}, {160, 40}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			db := uitest.OpenStore(b)
			l := &uitest.Loop{Now: uitest.Now, MaxPerSend: 1 << 20}
			opts := testOptions(db, "newuser", "Lin Xiao")
			l.Model = ui.New(opts)
			l.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			l.Run(l.Model.Init())
			for b.Loop() {
				l.Send(f2)
				_ = l.Model.View().Content
			}
		})
	}
}

// BenchmarkObserverInPlaceKey times a key pressed behind the panel in the
// phone's place at 100×30 (the tab keys, Home and Life in turn), and the
// frame: the panel's, which the key does not change.
func BenchmarkObserverInPlaceKey(b *testing.B) {
	db := uitest.OpenStore(b)
	l := &uitest.Loop{Now: uitest.Now, MaxPerSend: 1 << 20}
	l.Model = ui.New(testOptions(db, "newuser", "Lin Xiao"))
	l.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	l.Run(l.Model.Init())
	l.Send(f2)
	tabs := []string{"1", "3"}
	i := 0
	for b.Loop() {
		l.Send(uitest.Key(tabs[i%2]))
		_ = l.Model.View().Content
		i++
	}
}
