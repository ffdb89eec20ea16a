package ui_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// openHeld sends msg (a key or a nav message) and delivers what follows,
// except the messages of the page it opens: the page's load is returned
// undelivered, as if the store had not answered yet.
func openHeld(t *testing.T, d *uitest.App, msg tea.Msg) (load []tea.Msg) {
	t.Helper()
	if _, ok := msg.(nav.Msg); ok {
		return step(t, d, msg)
	}
	for _, m := range step(t, d, msg) {
		if _, ok := m.(nav.Msg); ok {
			load = append(load, openHeld(t, d, m)...)
			continue
		}
		d.Send(m)
	}
	if load == nil {
		t.Fatalf("%v opened no page", msg)
	}
	return load
}

// TestKeysDuringALoadAreApplied: a key pressed while the page in front
// has not loaded (its load command has not answered) is applied once it
// has: enter on a search result then s collects the mini program; f on
// an account follows it; l on a post likes it.
func TestKeysDuringALoadAreApplied(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		open func(d *uitest.App) tea.Msg // what opens the page
		key  string
		done func(model.UserState) bool
	}{
		{"mini program from search", func(d *uitest.App) tea.Msg {
			d.Send(nav.SwitchTabMsg{Tab: nav.TabSearch, FocusInput: true})
			d.Send(uitest.Type("New Hope")...)
			return uitest.Key("enter")
		}, "s", func(s model.UserState) bool { return s.Collected("new-hope-member") }},
		{"account", func(*uitest.App) tea.Msg {
			return nav.OpenAccountMsg{ID: "new-hope-dairy", Source: model.SourceSearch}
		}, "f", func(s model.UserState) bool { return s.Following("new-hope-dairy") }},
		{"post", func(*uitest.App) tea.Msg {
			return nav.OpenPostMsg{ID: "post-kfc-crayfish", Source: model.SourceFeed}
		}, "l", func(s model.UserState) bool { return s.Liked("post-kfc-crayfish") }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			db, d := openApp(t, "newuser", 100, 30)
			load := openHeld(t, d, c.open(d))
			d.Send(uitest.Key(c.key))
			if c.done(uitest.State(t, db, "newuser")) {
				t.Fatalf("%s was applied before the page loaded", c.key)
			}
			d.Send(load...)
			if !c.done(uitest.State(t, db, "newuser")) {
				t.Fatalf("%s pressed while the page loaded was lost:\n%s", c.key, plain(d))
			}
		})
	}
}

// TestHeldKeysFollowThePagesTheyOpen: enter enter pressed while a mini
// program loads orders its first service, then pays: the second enter
// waits for the confirmation page the first one opens, and for its load,
// rather than going to the mini program again.
func TestHeldKeysFollowThePagesTheyOpen(t *testing.T) {
	t.Parallel()
	db, d := openApp(t, "newuser", 100, 30)
	load := openHeld(t, d, nav.OpenMiniProgramMsg{ID: "new-hope-member", Source: model.SourceSearch})
	d.Keys("enter", "enter")
	d.Send(load...)
	if st := uitest.State(t, db, "newuser"); len(st.Orders) != 1 {
		t.Fatalf("orders %+v, want one:\n%s", st.Orders, plain(d))
	}
	if v := plain(d); !strings.Contains(v, "Payment successful") {
		t.Fatalf("the second enter did not pay:\n%s", v)
	}
}

// TestKeysBetweenEnterAndTheOpenWait: enter on a search records the
// search before it opens the result, a store write of some milliseconds.
// A key pressed in that gap waits for the page and applies there, rather
// than going to the Search tab behind it.
func TestKeysBetweenEnterAndTheOpenWait(t *testing.T) {
	t.Parallel()
	db, d := openApp(t, "newuser", 100, 30)
	d.Send(nav.SwitchTabMsg{Tab: nav.TabSearch, FocusInput: true})
	d.Send(uitest.Type("New Hope")...)
	pending := step(t, d, uitest.Key("enter")) // recorded, not yet opened
	d.Send(uitest.Key("s"))
	if uitest.State(t, db, "newuser").Collected("new-hope-member") {
		t.Fatal("s went to the Search tab before the mini program opened")
	}
	d.Send(pending...)
	if !uitest.State(t, db, "newuser").Collected("new-hope-member") {
		t.Fatalf("s pressed between enter and the open was lost:\n%s", plain(d))
	}
	if !strings.Contains(plain(d), "New Hope Member Service") || d.Model.(*ui.App).Depth() == 0 {
		t.Fatalf("the mini program is not in front:\n%s", plain(d))
	}
}
