package post

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// The sizes the page is clicked at: the phone in a 100×30 terminal, and
// a small phone.
var mouseSizes = uitest.PhoneSizes

// eachSize runs f at each mouse size on a fresh store, the post open.
func eachSize(t *testing.T, f func(t *testing.T, st store.Store, d *uitest.Screen, m *Page)) {
	t.Helper()
	for _, sz := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			st := uitest.OpenStore(t)
			d, m := open(t, st, sz.W, sz.H)
			f(t, st, d, m)
		})
	}
}

// toComponents scrolls (as the wheel does, with ↓) until the post's
// three components are all on the screen.
func toComponents(d *uitest.Screen) { d.Keys("down", "down", "down") }

// A click on a row selects it and does what enter does there: the
// header's account opens the account, the service link the mini
// program, the group its page.
func TestClickOpensWhatEnterOpens(t *testing.T) {
	t.Parallel()
	cases := []struct {
		label string
		keys  []string // to bring the row on the screen, another one selected
		sel   int
		want  func(tea.Msg) bool
	}{
		{"KFC", []string{"down"}, 0, func(m tea.Msg) bool { return m == nav.OpenAccountMsg{ID: "kfc", Source: model.SourcePost} }},
		{"🛒 Order", []string{"down", "down", "down", "up"}, 1, func(m tea.Msg) bool {
			return m == nav.OpenMiniProgramMsg{ID: "kfc-ordering", ServiceID: "crayfish-burger", Source: model.SourcePostComponent}
		}},
		// a comment under the group, selected: the group's row just above it
		{"👥 KFC Crayfish Fans", []string{"c", "o", "k", "enter", "down", "down", "down", "down"}, 3, func(m tea.Msg) bool {
			g, ok := m.(nav.OpenGroupMsg)
			return ok && g.ID != "" && g.Source == model.SourcePostComponent
		}},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			t.Parallel()
			eachSize(t, func(t *testing.T, _ store.Store, d *uitest.Screen, m *Page) {
				d.Keys(c.keys...)
				if m.sel == c.sel {
					t.Fatalf("row %d is selected before the click", m.sel)
				}
				d.Click(c.label)
				if m.sel != c.sel || !c.want(d.Last()) {
					t.Fatalf("click %q: row %d selected, emitted %#v", c.label, m.sel, d.Last())
				}
			})
		})
	}
}

// The "clicking [Claim] claims the coupon": on the Claim label
// and anywhere else on the coupon's row, as enter there does.
func TestClickClaimsTheCoupon(t *testing.T) {
	t.Parallel()
	for _, label := range []string{"Claim", "🎫 ¥10 off"} {
		t.Run(label, func(t *testing.T) {
			t.Parallel()
			eachSize(t, func(t *testing.T, st store.Store, d *uitest.Screen, m *Page) {
				toComponents(d)
				if uitest.State(t, st, "newuser").Claimed("kfc-crayfish-10off") {
					t.Fatal("claimed before the click")
				}
				d.Click(label)
				if !uitest.State(t, st, "newuser").Claimed("kfc-crayfish-10off") || m.sel != 2 {
					t.Fatalf("click %q: not claimed (row %d selected)", label, m.sel)
				}
				uitest.MustContain(t, d, "Use ›")
				uitest.LastEvent(t, st, uitest.Match{Kind: model.EventCouponClaim})
			})
		})
	}
}

// The header's follow button and the interaction bar's parts do what
// their keys do.
func TestClickButtons(t *testing.T) {
	t.Parallel()
	cases := []struct {
		label, then string
		done        func(model.UserState, *Page) bool
	}{
		{"+ Follow", "✓ Following", func(s model.UserState, _ *Page) bool { return s.Following("kfc") }},
		{"♡ 18,420", "♥ 18,421", func(s model.UserState, _ *Page) bool { return s.Liked(crayfish) }},
		{"☆ 3,310", "★ 3,311", func(s model.UserState, _ *Page) bool { return s.CollectedPost(crayfish) }},
		{"💬 1,260", "✎", func(_ model.UserState, m *Page) bool { return m.input.Focused() }},
		{"↗ 2,045", "Forward to…", func(_ model.UserState, m *Page) bool { return m.picker.IsOpen() }},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			t.Parallel()
			eachSize(t, func(t *testing.T, st store.Store, d *uitest.Screen, m *Page) {
				d.Click(c.label)
				if !c.done(uitest.State(t, st, "newuser"), m) {
					t.Fatalf("click %q did nothing", c.label)
				}
				uitest.MustContain(t, d, c.then)
			})
		})
	}
}

// While the forward picker is open only its targets can be pressed; a
// click on one forwards the post there and closes the picker.
func TestClickForwardPicker(t *testing.T) {
	t.Parallel()
	eachSize(t, func(t *testing.T, st store.Store, d *uitest.Screen, m *Page) {
		d.Keys("r")
		for _, label := range []string{"‹", "KFC", "♡", "Forward to…"} {
			if id := d.RegionAt(label); id != "" {
				t.Errorf("%q is clickable (%q) under the open picker", label, id)
			}
		}
		d.Click("Roommates")
		fw := uitest.State(t, st, "newuser").Forwards
		if m.picker.IsOpen() || len(fw) != 1 || fw[0].To != "Roommates" {
			t.Fatalf("after clicking Roommates: picker open %v, forwards %+v", m.picker.IsOpen(), fw)
		}
	})
}

// While the comment input has focus nothing on the page can be pressed:
// a stray click never leaves a half-written comment.
func TestClicksWaitWhileTyping(t *testing.T) {
	t.Parallel()
	eachSize(t, func(t *testing.T, _ store.Store, d *uitest.Screen, m *Page) {
		d.Keys("c")
		for _, label := range []string{"‹", "KFC", "+ Follow", "♡", "✎"} {
			if id := d.RegionAt(label); id != "" {
				t.Errorf("%q is clickable (%q) while typing", label, id)
			}
		}
		if !m.input.Focused() {
			t.Fatal("the input lost its focus")
		}
	})
}

// A click on a comment selects it (enter does nothing more there).
func TestClickSelectsAComment(t *testing.T) {
	t.Parallel()
	eachSize(t, func(t *testing.T, _ store.Store, d *uitest.Screen, m *Page) {
		for _, text := range []string{"crispy", "spicy"} {
			d.Keys("c")
			d.Send(uitest.Type(text)...)
			d.Keys("enter")
		}
		d.Keys("down", "down", "down", "down", "down") // the last comment
		if m.sel != 5 {
			t.Fatalf("row %d selected, want the last comment's", m.sel)
		}
		n := len(d.Emitted)
		d.Click(m.d.comments[0].Text)
		if m.sel != 4 || len(d.Emitted) != n {
			t.Fatalf("click on the comment: row %d selected, emitted %#v", m.sel, d.Emitted[n:])
		}
	})
}

// The ‹ is the root's back; headings, the post's own text and the rules
// are not clickable.
func TestWhatIsNotClickable(t *testing.T) {
	t.Parallel()
	eachSize(t, func(t *testing.T, _ store.Store, d *uitest.Screen, _ *Page) {
		if id := d.RegionAt("‹"); id != hit.Back {
			t.Errorf("‹ is %q, want %q", id, hit.Back)
		}
		for _, label := range []string{"New Year's Crayfish Series", "Image-text", "─────"} {
			if id := d.RegionAt(label); id != "" {
				t.Errorf("%q is clickable (%q)", label, id)
			}
		}
		d.Keys("down")
		if id := d.RegionAt("Services & offers"); id != "" {
			t.Errorf("the heading is clickable (%q)", id)
		}
	})
}
