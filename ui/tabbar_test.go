package ui_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"lifesim/model"
	"lifesim/ui/nav"
)

// phoneSpan is where the phone's frame is on a line: the cells of its
// left and right borders.
func phoneSpan(line string) (left, right int) {
	return lipgloss.Width(line[:strings.Index(line, "│")]), lipgloss.Width(line[:strings.LastIndex(line, "│")])
}

// TestFiveSlotBarWithLifeInTheCentre: the bar is Home · Search · ◉ Life ·
// Messages · Mine at every size, with and without colour, Life's label
// centred in the phone, and 1–5 go to the slots in that order.
func TestFiveSlotBarWithLifeInTheCentre(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		for _, colour := range []bool{true, false} {
			t.Run(fmt.Sprintf("%dx%d colour %v", size[0], size[1], colour), func(t *testing.T) {
				t.Parallel()
				s := startSession(t, filepath.Join(t.TempDir(), "l.db"), "newuser", size[0], size[1])
				if !colour {
					s.d.Send(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
				}
				bar := tabBar(s.view())
				if got := strings.Join(strings.Fields(strings.Trim(bar, " │")), " "); got != "Home Search ◉ Life Messages Mine" {
					t.Fatalf("bar %q, want Home Search ◉ Life Messages Mine", got)
				}
				left, right := phoneSpan(bar)
				life := lipgloss.Width(bar[:strings.Index(bar, "◉ Life")]) + lipgloss.Width("◉ Life")/2
				if mid := (left + right) / 2; life < mid-2 || life > mid+2 {
					t.Errorf("Life's label is centred on cell %d, the phone on %d: %q", life, mid, bar)
				}
				for i, want := range []nav.Tab{nav.TabHome, nav.TabSearch, nav.TabLife, nav.TabMessages, nav.TabMine} {
					s.keys("esc", fmt.Sprint(i+1)) // esc: Search takes the cursor on arrival
					if s.app.Tab() != want {
						t.Fatalf("%d went to %v, want %v", i+1, s.app.Tab(), want)
					}
				}
			})
		}
	}
}

// TestMessagesArmHasFourSlots: under life_entry=messages there is no Life
// slot; the number keys follow the four slots left to right, 5 does
// nothing, and tab / shift+tab cycle the visible slots.
func TestMessagesArmHasFourSlots(t *testing.T) {
	t.Parallel()
	forced := map[string]string{model.ExpLifeEntry: model.ArmMessages}
	s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 80, 24, forced, false)
	if got := strings.Join(strings.Fields(strings.Trim(tabBar(s.view()), " │")), " "); got != "Home Search Messages My Mini Programs" {
		t.Fatalf("bar %q, want Home Search Messages My Mini Programs", got)
	}
	steps := []struct {
		keys []string
		want nav.Tab
	}{
		{[]string{"2", "esc"}, nav.TabSearch}, {[]string{"3"}, nav.TabMessages}, {[]string{"4"}, nav.TabMine},
		{[]string{"5"}, nav.TabMine}, {[]string{"1"}, nav.TabHome},
		{[]string{"tab", "esc"}, nav.TabSearch}, {[]string{"tab"}, nav.TabMessages}, {[]string{"tab"}, nav.TabMine},
		{[]string{"tab"}, nav.TabHome}, {[]string{"shift+tab"}, nav.TabMine}, {[]string{"shift+tab"}, nav.TabMessages},
	}
	for _, st := range steps {
		s.keys(st.keys...)
		if s.app.Tab() != st.want {
			t.Fatalf("after %q: tab %v, want %v", st.keys, s.app.Tab(), st.want)
		}
	}
	if s.app.Depth() != 0 || s.d.Quit {
		t.Fatalf("the tab keys opened a page or quit (depth %d)", s.app.Depth())
	}
}
