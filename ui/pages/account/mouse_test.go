package account

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

// eachSize runs f at each mouse size on a fresh store, account id's page
// open.
func eachSize(t *testing.T, id model.AccountID, f func(t *testing.T, st store.Store, d *uitest.Screen, m *Page)) {
	t.Helper()
	for _, sz := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			st := uitest.OpenStore(t)
			d, m := open(t, st, id, sz.W, sz.H)
			f(t, st, d, m)
		})
	}
}

// A click on a row selects it and does what enter does there. keys
// bring the row on the screen with another row selected.
func TestClickOpensWhatEnterOpens(t *testing.T) {
	t.Parallel()
	cases := []struct {
		label string
		keys  []string
		want  func(tea.Msg) bool
	}{
		{"KFC Self-Service Ordering", []string{"down", "down", "down", "down", "down"}, func(m tea.Msg) bool {
			return m == nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceAccountProfile}
		}},
		// the rows above the one selected: on a small phone only their
		// last lines show
		{"12.8K members", []string{"down", "down", "down", "down", "down", "down"}, func(m tea.Msg) bool {
			g, ok := m.(nav.OpenGroupMsg)
			return ok && g.ID != "" && g.Source == model.SourceAccountProfile
		}},
		{"♡ 9.64K", []string{"down", "down", "down", "down", "down", "down", "down", "down"}, func(m tea.Msg) bool {
			return m == nav.OpenPostMsg{ID: "post-kfc-crayfish-twister", Source: model.SourceAccountProfile}
		}},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			t.Parallel()
			eachSize(t, "kfc", func(t *testing.T, _ store.Store, d *uitest.Screen, m *Page) {
				d.Keys(c.keys...)
				before := m.sel.Row
				d.Click(c.label)
				if m.sel.Row == before || !c.want(d.Last()) {
					t.Fatalf("click %q: row %d selected (was %d), emitted %#v", c.label, m.sel.Row, before, d.Last())
				}
			})
		})
	}
}

// The "clicking [Claim] claims the coupon": each coupon of the
// window is claimed by a click on its Claim or anywhere on its row, as
// enter there does.
func TestClickClaimsTheCoupon(t *testing.T) {
	t.Parallel()
	cases := []struct {
		label string
		id    model.CouponID
	}{
		{"Claim", "kfc-crayfish-10off"}, // the first Claim drawn
		{"🎫 ¥5 off Portuguese Egg Tarts", "kfc-egg-tarts-5off"},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			t.Parallel()
			eachSize(t, "kfc", func(t *testing.T, st store.Store, d *uitest.Screen, m *Page) {
				if uitest.State(t, st, "newuser").Claimed(c.id) {
					t.Fatal("claimed before the click")
				}
				d.Click(c.label)
				s := uitest.State(t, st, "newuser")
				if !s.Claimed(c.id) || len(s.Coupons) != 1 || m.row().kind != rowCoupon {
					t.Fatalf("click %q: coupons %+v, row %+v selected", c.label, s.Coupons, m.row())
				}
				uitest.MustContain(t, d, "Use ›")
			})
		})
	}
}

// [ + Follow ] follows, as f does; on the persona's own page
// [ ✎ New post ] opens the editor.
func TestClickTheButton(t *testing.T) {
	t.Parallel()
	eachSize(t, "kfc", func(t *testing.T, st store.Store, d *uitest.Screen, m *Page) {
		d.Keys("down")
		d.Click("[ + Follow ]")
		if !uitest.State(t, st, "newuser").Following("kfc") || m.sel.Row != 0 {
			t.Fatalf("not following after the click (row %d)", m.sel.Row)
		}
		d.Click("[ ✓ Following ]")
		if uitest.State(t, st, "newuser").Following("kfc") {
			t.Fatal("a second click did not unfollow")
		}
	})
	for _, sz := range mouseSizes {
		st := uitest.OpenStore(t)
		if _, err := st.PublishPost(uitest.Env(st, "newuser").Actor(), model.Draft{Title: "Dumplings", Body: "Good."}); err != nil {
			t.Fatal(err)
		}
		d, _ := open(t, st, model.PersonaAccountID("newuser"), sz.W, sz.H)
		d.Keys("down")
		d.Click("[ ✎ New post ]")
		if d.Last() != (nav.OpenComposeMsg{}) {
			t.Fatalf("%v: New post emitted %#v", sz, d.Last())
		}
	}
}

// The ‹ is the root's back; the profile and the headings are not
// clickable.
func TestWhatIsNotClickable(t *testing.T) {
	t.Parallel()
	eachSize(t, "kfc", func(t *testing.T, _ store.Store, d *uitest.Screen, _ *Page) {
		for _, label := range []string{"‹", "Life Account"} {
			if id := d.RegionAt(label); id != hit.Back {
				t.Errorf("%q is %q, want %q", label, id, hit.Back)
			}
		}
		for _, label := range []string{"KFC [Brand]", "3.28M fans", "Coupon window", "─────"} {
			if id := d.RegionAt(label); id != "" {
				t.Errorf("%q is clickable (%q)", label, id)
			}
		}
	})
}
