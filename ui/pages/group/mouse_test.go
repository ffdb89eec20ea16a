package group

import (
	"fmt"
	"testing"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// The sizes the page is clicked at: the phone in a 100×30 terminal, and
// a small phone.
var mouseSizes = uitest.PhoneSizes

// eachSize runs f at each mouse size on a fresh store, the crayfish
// fans' page open.
func eachSize(t *testing.T, f func(t *testing.T, st store.Store, d *uitest.Screen, m *Page)) {
	t.Helper()
	for _, sz := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			st := uitest.OpenStore(t)
			d, m := open(t, st, crayfishFans, sz.W, sz.H)
			f(t, st, d, m)
		})
	}
}

// [ + Join group ] joins, and [ ✓ Joined ] leaves, as enter there does.
func TestClickJoins(t *testing.T) {
	t.Parallel()
	eachSize(t, func(t *testing.T, st store.Store, d *uitest.Screen, m *Page) {
		d.Click("[ + Join group ]")
		if !uitest.State(t, st, "newuser").Joined(crayfishFans) || m.sel.Row != 0 {
			t.Fatalf("not joined after the click (row %d)", m.sel.Row)
		}
		d.Click("[ ✓ Joined ]")
		if uitest.State(t, st, "newuser").Joined(crayfishFans) {
			t.Fatal("a second click did not leave")
		}
	})
}

// A click on a post's card, whole or the part of it showing, selects
// it and opens it.
func TestClickOpensAPost(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, label string
		keys        []string
	}{
		{"top of the card", "I tried KFC's", nil},
		{"foot of the card, the next selected", "♡ 36.1K", []string{"down", "down"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			eachSize(t, func(t *testing.T, _ store.Store, d *uitest.Screen, m *Page) {
				d.Keys(c.keys...)
				d.Click(c.label)
				want := nav.OpenPostMsg{ID: m.posts.Post(0).ID, Source: model.SourceGroup}
				if m.sel.Row != 1 || d.Last() != want {
					t.Fatalf("click %q: row %d selected, emitted %#v; want %#v", c.label, m.sel.Row, d.Last(), want)
				}
			})
		})
	}
}

// The ‹ is the root's back; the group's card and the heading are not
// clickable.
func TestWhatIsNotClickable(t *testing.T) {
	t.Parallel()
	eachSize(t, func(t *testing.T, _ store.Store, d *uitest.Screen, _ *Page) {
		for _, label := range []string{"‹", "Topic group"} {
			if id := d.RegionAt(label); id != hit.Back {
				t.Errorf("%q is %q, want %q", label, id, hit.Back)
			}
		}
		for _, label := range []string{"12,840 members", "Posts", "──────"} {
			if id := d.RegionAt(label); id != "" {
				t.Errorf("%q is clickable (%q)", label, id)
			}
		}
	})
}
