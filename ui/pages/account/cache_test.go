package account

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// step is one thing that happens to the page: a key, a message or a
// resize (w > 0).
type step struct {
	name string
	msg  tea.Msg
	w, h int
}

// TestViewFollowsEveryChange walks KFC's page down to its last post and
// back, with the persona's marks changing on the way (a like, a collect,
// a follow, each undone), and a resize. After each step the page, which
// keeps what it drew, must show what a page opened afresh and brought to
// the same place draws with nothing kept.
func TestViewFollowsEveryChange(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "kfc", 46, 23)
	rows := m.count()
	s0 := uitest.State(t, st, "newuser")
	p := m.posts.Post(0).ID
	liked, collected, followed := s0, s0, s0
	liked.Likes = []model.PostID{p}
	collected.CollectedPosts = []model.PostID{p}
	followed.Follows = []model.Follow{{AccountID: "kfc", At: uitest.Now}}

	var steps []step
	for range rows + 3 { // past the end: the selection stays on the last post
		steps = append(steps, step{name: "down", msg: uitest.Key("down")})
	}
	steps = append(steps,
		step{name: "liked", msg: screen.StateMsg{State: liked}},
		step{name: "collected", msg: screen.StateMsg{State: collected}},
		step{name: "unmarked", msg: screen.StateMsg{State: s0}},
		step{name: "narrower", w: 38, h: 20},
	)
	for range rows + 1 {
		steps = append(steps, step{name: "up", msg: uitest.Key("up")})
	}
	steps = append(steps,
		step{name: "followed", msg: screen.StateMsg{State: followed}},
		step{name: "unfollowed", msg: screen.StateMsg{State: s0}},
		step{name: "wider", w: 48, h: 30},
	)
	w, h := 46, 23
	for i, s := range steps {
		if s.w > 0 {
			w, h = s.w, s.h
			m.SetSize(w, h)
		} else {
			d.Send(s.msg)
		}
		offset := m.sel.VP.Offset // where the window starts before this frame
		got := m.View()
		want := afresh(t, st, steps[:i+1], offset)
		if got != want {
			t.Fatalf("step %d (%s): the page shows\n%s\nafresh it draws\n%s", i, s.name, ansi.Strip(got), ansi.Strip(want))
		}
		uitest.ExactSize(t, fmt.Sprint("step ", i, " ", s.name), got, w, h)
	}
	if m.sel.Row != 0 || !strings.Contains(uitest.Plain(d), "[ + Follow ]") {
		t.Fatalf("the walk did not end on the button:\n%s", uitest.Plain(d))
	}
}

// afresh opens KFC's page again, gives it steps without drawing, puts
// its window where the page under test had it, and draws: every part
// and card is drawn anew.
func afresh(t *testing.T, st store.Store, steps []step, offset int) string {
	t.Helper()
	d, m := open(t, st, "kfc", 46, 23)
	for _, s := range steps {
		if s.w > 0 {
			m.SetSize(s.w, s.h)
			continue
		}
		d.Send(s.msg)
	}
	m.sel.VP.Offset = offset
	return m.View()
}

// TestMarksShowOnTheCard checks what a persona sees on a card they like
// and collect, and after they take both back, with the cards kept
// between: the filled marks come and go.
func TestMarksShowOnTheCard(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "kfc", 46, 40)
	for range 6 { // the button, the coupons, the program, the group: then the first post
		d.Keys("down")
	}
	s0 := uitest.State(t, st, "newuser")
	marked := s0
	marked.Likes = []model.PostID{m.posts.Post(0).ID}
	marked.CollectedPosts = []model.PostID{m.posts.Post(0).ID}
	for i, tc := range []struct {
		state  model.UserState
		marked bool
	}{{s0, false}, {marked, true}, {s0, false}, {marked, true}} {
		d.Send(screen.StateMsg{State: tc.state})
		v := uitest.Plain(d)
		if !strings.Contains(v, "›") || !strings.Contains(v, model.CleanLine(m.posts.Post(0).Title)) {
			t.Fatalf("step %d: the first post is not on screen, selected:\n%s", i, v)
		}
		for _, mark := range []string{"♥", "★"} {
			if strings.Contains(v, mark) != tc.marked {
				t.Fatalf("step %d: %s shown %v, want %v:\n%s", i, mark, !tc.marked, tc.marked, v)
			}
		}
	}
}
