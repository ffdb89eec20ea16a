package ui_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// openKFC searches KFC and opens its mini program from the results.
func (s *session) openKFC() {
	s.t.Helper()
	s.keys("/")
	s.typeText("KFC")
	s.keys("enter")
	s.expect("KFC's mini program", "Order ahead at any KFC")
}

// TestMiniProgramIsFullScreen: a mini program, its confirm page and its
// payment result cover the tab bar; the nav line on top shows the mini
// program's name and the capsule, whose star fills once it is collected.
func TestMiniProgramIsFullScreen(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		for _, colour := range []bool{true, false} {
			t.Run(fmt.Sprintf("%dx%d colour %v", size[0], size[1], colour), func(t *testing.T) {
				t.Parallel()
				w, h := size[0], size[1]
				s := startSession(t, filepath.Join(t.TempDir(), "l.db"), "newuser", w, h)
				if !colour {
					s.d.Send(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
				}
				s.openKFC()
				check := func(step, star string) {
					t.Helper()
					v := s.view()
					uitest.FitsFrame(t, step, s.d.View(), w, h)
					nav := strings.Split(v, "\n")[2] // frame, status line, nav line
					if !strings.Contains(nav, "KFC Self-Service Ordering") || !strings.Contains(nav, "( "+star+" │ ⋯ ◎ )") {
						t.Fatalf("%s: nav line %q, want the name and ( %s │ ⋯ ◎ )", step, nav, star)
					}
					if tabBar(v) != "" || strings.Contains(v, "◉ Life") {
						t.Fatalf("%s: the tab bar is drawn:\n%s", step, v)
					}
				}
				check("mini program", "☆")
				s.keys("s")
				check("collected", "★")
				s.keys("enter")
				s.expect("confirm", "Confirm order")
				check("confirm", "★")
				s.keys("enter")
				s.expect("paid", "Payment successful")
				check("payment result", "★")
			})
		}
	}
}

// TestTabKeysInsideAMiniProgramLoseNothing: on Confirm order the tab
// keys and / do nothing, so the order is still there; esc goes back one
// page at a time and the tab bar comes back with the page underneath.
func TestTabKeysInsideAMiniProgramLoseNothing(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}} {
		s := startSession(t, filepath.Join(t.TempDir(), "l.db"), "newuser", size[0], size[1])
		s.openKFC()
		s.keys("down", "enter", "right")
		s.expect("confirm", "Confirm order")
		before := s.view()
		s.keys("tab", "shift+tab", "1", "2", "3", "4", "5", "/")
		if s.app.Tab() != nav.TabSearch || s.app.Depth() != 2 || s.view() != before {
			t.Fatalf("the tab keys changed the order page (tab %v depth %d):\n%s", s.app.Tab(), s.app.Depth(), s.view())
		}
		s.keys("esc")
		s.expect("back in the mini program", "Order ahead at any KFC", "( ☆ │ ⋯ ◎ )")
		s.keys("esc")
		if s.app.Depth() != 0 || tabBar(s.view()) == "" {
			t.Fatalf("esc twice: depth %d, want Search with its tab bar:\n%s", s.app.Depth(), s.view())
		}
	}
}

// TestCapsuleKeyClosesTheMiniProgram: e (the capsule's ◎) closes the mini
// program with its order pages at once and shows the page it was opened
// from; closing it records what leaving does (the guidance tip ignored).
func TestCapsuleKeyClosesTheMiniProgram(t *testing.T) {
	t.Parallel()
	s := startSession(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30)
	s.keys("3")
	s.d.Send(nav.OpenPostMsg{ID: "post-kfc-crayfish", Source: model.SourceFeed})
	post := s.d.Model.View().WindowTitle
	s.d.Send(nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourcePostComponent})
	s.expect("tip", "(press s)")
	s.keys("enter")
	s.expect("confirm", "Confirm order")
	s.keys("e")
	if s.app.Depth() != 1 || s.d.Model.View().WindowTitle != post || tabBar(s.view()) == "" {
		t.Fatalf("e: depth %d %q, want the post %q with the tab bar:\n%s", s.app.Depth(), s.d.Model.View().WindowTitle, post, s.view())
	}
	if evs := uitest.FindEvents(t, s.db, uitest.Match{Kind: model.EventGuidanceDismissed}); len(evs) != 1 {
		t.Fatalf("closing the mini program recorded %d guidance_dismissed, want 1", len(evs))
	}
	s.keys("e") // on the post e is nothing of the root's
	if s.app.Depth() != 1 {
		t.Fatalf("e on a post closed it (depth %d)", s.app.Depth())
	}
}
