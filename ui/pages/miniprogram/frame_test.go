package miniprogram

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

// frameStep is one thing that happens to the page: a message, a resize
// (w > 0) or a theme change (theme set).
type frameStep struct {
	name  string
	msg   tea.Msg
	w, h  int
	theme *styles.Styles
}

// TestViewFollowsEveryChange scrolls KFC's services down and back, with
// the persona's marks changing on the way (a collect, a follow, both
// undone), a resize and theme changes. After each step the page, which
// keeps its frame and parts, must show what a page opened afresh and
// brought to the same place draws with nothing kept; and the marks must
// show.
func TestViewFollowsEveryChange(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	s0 := uitest.State(t, db, "newuser")
	collected, followed := s0, s0
	collected.Favourites = []model.MiniProgramID{kfc}
	followed.Follows = []model.Follow{{AccountID: "kfc", At: uitest.Now}}

	var steps []frameStep
	for range 12 { // past the last service
		steps = append(steps, frameStep{name: "down", msg: uitest.Key("down")})
	}
	steps = append(steps,
		frameStep{name: "collected", msg: screen.StateMsg{State: collected}},
		frameStep{name: "followed", msg: screen.StateMsg{State: followed}},
		frameStep{name: "unmarked", msg: screen.StateMsg{State: s0}},
		frameStep{name: "narrower", w: 38, h: 20},
	)
	for range 12 {
		steps = append(steps, frameStep{name: "up", msg: uitest.Key("up")})
	}
	steps = append(steps,
		frameStep{name: "followed at the top", msg: screen.StateMsg{State: followed}},
		frameStep{name: "light", theme: styles.For(false, false)},
		frameStep{name: "no colour", theme: styles.For(false, true)},
		frameStep{name: "wider", w: 48, h: 30},
	)
	env := uitest.Env(db, "newuser")
	d, m := openIn(t, env)
	w, h := 46, 23
	state := s0
	for i, s := range steps {
		if s.w > 0 {
			w, h = s.w, s.h
		}
		if msg, ok := s.msg.(screen.StateMsg); ok {
			state = msg.State
		}
		applyStep(d, m, s)
		offset := m.vp.Offset // where the window starts before this frame
		got := m.View()
		want := afresh(t, env, steps[:i+1], offset)
		if got != want {
			t.Fatalf("step %d (%s): the page shows\n%s\nafresh it draws\n%s", i, s.name, ansi.Strip(got), ansi.Strip(want))
		}
		uitest.ExactSize(t, fmt.Sprint("step ", i, " ", s.name), got, w, h)
		plain := ansi.Strip(got)
		if following := strings.Contains(plain, "[✓ Following]"); following != state.Following("kfc") {
			t.Fatalf("step %d (%s): following shown %v:\n%s", i, s.name, following, plain)
		}
		// the tip, at the top, is in view whenever the first service is
		if strings.Contains(plain, "Burger Me") && strings.Contains(plain, pressS) == state.Collected(kfc) {
			t.Fatalf("step %d (%s): the collect tip shown %v, collected %v:\n%s", i, s.name, !state.Collected(kfc), state.Collected(kfc), plain)
		}
	}
}

// openIn opens KFC's mini program at 46×23 with env.
func openIn(t *testing.T, env screen.Env) (*uitest.Screen, *Page) {
	t.Helper()
	m := New(env, nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch})
	return uitest.NewScreen(t, m, 46, 23), m
}

// applyStep gives the page one step.
func applyStep(d *uitest.Screen, m *Page, s frameStep) {
	switch {
	case s.w > 0:
		m.SetSize(s.w, s.h)
	case s.theme != nil:
		*m.env.Styles = *s.theme // as the root does, in place
	default:
		d.Send(s.msg)
	}
}

// afresh opens the page again, on a store of its own (opening it records
// that the guidance was seen, which decides what the next open shows),
// gives it steps without drawing, puts its window where the page under
// test had it, and draws: every part is drawn anew. The theme steps have
// already changed env's styles, shared by both.
func afresh(t *testing.T, env screen.Env, steps []frameStep, offset int) string {
	t.Helper()
	env.Store = uitest.OpenStore(t)
	d, m := openIn(t, env)
	for _, s := range steps {
		if s.theme == nil {
			applyStep(d, m, s)
		}
	}
	m.vp.Offset = offset
	return m.View()
}
