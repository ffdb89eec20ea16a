package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/uitest"
)

// The panel in the phone's place is assembled as Lip Gloss draws it, and
// its help line is kept as it would be drawn afresh (composedApp), while
// keys go on behind it, the full help opens over it, F2 toggles and the
// terminal is resized across ObserverMinWidth.
func TestObserverInPlaceIsComposedAndFresh(t *testing.T) {
	t.Parallel()
	tests := []struct {
		w, h     int
		terminal tea.Msg
	}{
		{MinWidth, MinHeight, nil},
		{80, 24, tea.BackgroundColorMsg{Color: ansi.White}},
		{100, 30, tea.ColorProfileMsg{Profile: colorprofile.ASCII}},
		{109, 40, nil},
	}
	f2 := tea.KeyPressMsg{Code: tea.KeyF2}
	msgs := []tea.Msg{
		f2, uitest.Key("3"), uitest.Key("down"), uitest.Key("?"), uitest.Key("esc"),
		uitest.Key("/"), uitest.Key("k"), uitest.Key("esc"), f2, f2,
		tea.WindowSizeMsg{Width: 130, Height: 40}, uitest.Key("1"),
		tea.WindowSizeMsg{Width: 90, Height: 25}, tea.BackgroundColorMsg{Color: ansi.Black}, f2,
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%dx%d", tt.w, tt.h), func(t *testing.T) {
			t.Parallel()
			c, l := startComposed(t, tt.w, tt.h, false, tt.terminal)
			alone := 0
			for _, m := range msgs {
				l.Send(m)
				if c.a.layout.ObserverAlone && !c.a.help.ShowAll {
					alone++
				}
			}
			if alone < 5 {
				t.Errorf("the panel was in the phone's place after %d messages, want at least 5", alone)
			}
		})
	}
}
