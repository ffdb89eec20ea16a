package search

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

// step is one thing that happens to the tab: a message, the root's Focus,
// a resize (w > 0) or a theme change (theme set).
type step struct {
	name  string
	msg   tea.Msg
	focus bool
	w, h  int
	theme *styles.Styles
}

// TestViewFollowsEveryChange types kfc, browses the results, changes the
// persona's marks (a collect, a follow, both undone), goes back into the
// input, resizes and changes the theme. After each step the tab, which
// keeps its frame, rows and box, must show what a tab brought to the same
// place afresh draws with nothing kept; and the marks must show.
func TestViewFollowsEveryChange(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	s0 := uitest.State(t, st, "newuser")
	collected, followed := s0, s0
	collected.Favourites = []model.MiniProgramID{"kfc-ordering"}
	followed.Follows = []model.Follow{{AccountID: "kfc", At: uitest.Now}}

	steps := []step{{name: "focus", focus: true}}
	for _, m := range uitest.Type("kfc") {
		steps = append(steps, step{name: "type", msg: m})
	}
	steps = append(steps,
		step{name: "esc", msg: uitest.Key("esc")},
		step{name: "down", msg: uitest.Key("down")},
		step{name: "collected", msg: screen.StateMsg{State: collected}},
		step{name: "followed", msg: screen.StateMsg{State: followed}},
		step{name: "unmarked", msg: screen.StateMsg{State: s0}},
		step{name: "down", msg: uitest.Key("down")},
		step{name: "narrower", w: 38, h: 20},
		step{name: "up", msg: uitest.Key("up")},
		step{name: "up", msg: uitest.Key("up")},
		step{name: "up into the input", msg: uitest.Key("up")},
		step{name: "backspace", msg: uitest.Key("backspace")},
		step{name: "light", theme: styles.For(false, false)},
		step{name: "no colour", theme: styles.For(false, true)},
		step{name: "esc", msg: uitest.Key("esc")},
		step{name: "focus again", focus: true},
	)
	env := uitest.Env(st, "newuser")
	m := New(env)
	d := uitest.NewScreen(t, m, 46, 23)
	w, h := 46, 23
	for i, s := range steps {
		if s.w > 0 {
			w, h = s.w, s.h
		}
		apply(t, d, m, s)
		offset := m.vp.Offset // where the window starts before this frame
		got := m.View()
		want := afresh(t, env, steps[:i+1], offset)
		if got != want {
			t.Fatalf("step %d (%s): the tab shows\n%s\nafresh it draws\n%s", i, s.name, ansi.Strip(got), ansi.Strip(want))
		}
		uitest.ExactSize(t, fmt.Sprint("step ", i, " ", s.name), got, w, h)
		plain := ansi.Strip(got)
		for name, mark := range map[string]string{"collected": "★ collected", "followed": "✓ following"} {
			if strings.Contains(plain, mark) != (s.name == name) {
				t.Fatalf("step %d (%s): %q shown %v:\n%s", i, s.name, mark, !(s.name == name), plain)
			}
		}
	}
}

// apply gives the tab one step.
func apply(t *testing.T, d *uitest.Screen, m *Tab, s step) {
	t.Helper()
	switch {
	case s.w > 0:
		m.SetSize(s.w, s.h)
	case s.theme != nil:
		*m.env.Styles = *s.theme // as the root does, in place
	case s.focus:
		d.Send(uitest.Results(t, m.Focus())...)
	default:
		d.Send(s.msg)
	}
}

// afresh brings a new tab through steps without drawing, puts its window
// where the tab under test had it, and draws: every row is drawn anew.
// The theme steps have already changed env's styles, shared by both.
func afresh(t *testing.T, env screen.Env, steps []step, offset int) string {
	t.Helper()
	m := New(env)
	d := uitest.NewScreen(t, m, 46, 23)
	for _, s := range steps {
		if s.theme == nil {
			apply(t, d, m, s)
		}
	}
	m.vp.Offset = offset
	return m.View()
}
