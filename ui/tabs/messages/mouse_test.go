package messages_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// sizes are the phones every mouse test runs on: the phone in a 100×30
// terminal, and a small one.
var sizes = uitest.PhoneSizes

// TestATapOnARowOpensIt: the Life accounts entry, a message (its name or
// its text) and an order notice each open what enter opens on them, and
// the selection moves to the row tapped.
func TestATapOnARowOpensIt(t *testing.T) {
	t.Parallel()
	cases := []struct {
		label string // drawn on the row
		want  func(tea.Msg) bool
	}{
		{"Life accounts", func(m tea.Msg) bool { _, ok := m.(nav.OpenLifeFeedMsg); return ok }},
		{"New Hope Dairy", func(m tea.Msg) bool {
			return m == nav.OpenAccountMsg{ID: "new-hope-dairy", Source: model.SourceMessages}
		}},
		{"Crayfish burgers", func(m tea.Msg) bool { return m == nav.OpenAccountMsg{ID: "kfc", Source: model.SourceMessages} }},
		{"Burger King", func(m tea.Msg) bool {
			return m == nav.OpenMiniProgramMsg{ID: "burger-king", Source: model.SourceMessages}
		}},
		{"Whopper ×1", func(m tea.Msg) bool {
			return m == nav.OpenMiniProgramMsg{ID: "burger-king", Source: model.SourceMessages}
		}},
	}
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			st, d := openInbox(t, messagesArm, sz.W, sz.H)
			d.Send(screen.StateMsg{State: order(t, st, "burger-king", "whopper", 1, 3*time.Hour)})
			for _, c := range cases {
				d.ScrollTo(c.label)
				d.Click(c.label)
				if !c.want(d.Last()) {
					t.Errorf("a tap on %q emitted %#v", c.label, d.Last())
				}
			}
			// the selection is on the last row tapped
			if v := uitest.Plain(d); !strings.Contains(v, "› 🍔 Burger King") {
				t.Errorf("the tapped order is not selected:\n%s", v)
			}
		})
	}
}

func TestHeadingsAreNotClickable(t *testing.T) {
	t.Parallel()
	for _, sz := range sizes {
		st, d := openInbox(t, messagesArm, sz.W, sz.H)
		d.Send(screen.StateMsg{State: order(t, st, "burger-king", "whopper", 1, 3*time.Hour)})
		for _, label := range []string{"Messages", "From accounts you follow", "Order updates"} {
			d.ScrollTo(label)
			if id := d.RegionAt(label); id != "" {
				t.Errorf("%v: the heading %q is region %q", sz, label, id)
			}
		}
	}
}
