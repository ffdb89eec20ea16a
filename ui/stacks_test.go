package ui_test

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/nav"
)

// TestSearchFocusedOnEveryEntry: however Search is reached, the cursor is
// in its box, so what is typed on arrival is the query: `quinoa` searches
// quinoa rather than quitting on its q.
func TestSearchFocusedOnEveryEntry(t *testing.T) {
	t.Parallel()
	routes := []struct {
		name string
		keys []string
		msg  tea.Msg
	}{
		{name: "2", keys: []string{"2"}},
		{name: "tab from Home", keys: []string{"tab"}},
		{name: "shift+tab from Life", keys: []string{"3", "shift+tab"}},
		{name: "/", keys: []string{"/"}},
		{name: "Home's search box", msg: nav.SwitchTabMsg{Tab: nav.TabSearch, FocusInput: true}},
		{name: "a tab switch message", msg: nav.SwitchTabMsg{Tab: nav.TabSearch}},
		{name: "back to Search with nothing on it", keys: []string{"2", "esc", "1", "2"}},
		{name: "2 on Search, out of its box", keys: []string{"2", "esc", "2"}},
	}
	for _, r := range routes {
		t.Run(r.name, func(t *testing.T) {
			t.Parallel()
			s := startSession(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 80, 24)
			s.keys(r.keys...)
			if r.msg != nil {
				s.d.Send(r.msg)
			}
			s.typeText("quinoa")
			if s.d.Quit || s.app.Tab() != nav.TabSearch {
				t.Fatalf("typing quinoa quit (%v) or left Search (tab %v)", s.d.Quit, s.app.Tab())
			}
			s.expect("typed", "🔍 quinoa")
		})
	}
}

// TestEachTabKeepsItsStack: switching tab keeps every tab's pages, and
// coming back shows the page left on top; the key of the tab in front
// closes nothing. A new search (/) is the one exception: it closes the
// pages over Search.
func TestEachTabKeepsItsStack(t *testing.T) {
	t.Parallel()
	s := startSession(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30)
	title := func() string { return s.d.Model.View().WindowTitle }
	s.keys("2", "esc")
	s.d.Send(nav.OpenAccountMsg{ID: "kfc", Source: model.SourceSearch})
	s.keys("3")
	s.d.Send(nav.OpenPostMsg{ID: "post-kfc-crayfish", Source: model.SourceFeed})
	postTitle := title()
	s.keys("4", "5", "1")
	if s.app.Depth() != 0 {
		t.Fatalf("Home has %d pages", s.app.Depth())
	}
	s.keys("2")
	if s.app.Depth() != 1 || !strings.Contains(title(), "KFC") {
		t.Fatalf("back on Search: depth %d, %q; want the KFC account", s.app.Depth(), title())
	}
	s.keys("2", "tab")
	if s.app.Tab() != nav.TabLife || s.app.Depth() != 1 || title() != postTitle {
		t.Fatalf("back on Life: tab %v depth %d %q; want the post %q", s.app.Tab(), s.app.Depth(), title(), postTitle)
	}
	s.keys("3")
	if s.app.Depth() != 1 {
		t.Fatalf("3 on Life closed its post (depth %d)", s.app.Depth())
	}
	s.keys("/")
	if s.app.Tab() != nav.TabSearch || s.app.Depth() != 0 {
		t.Fatalf("/ did not start a new search: tab %v depth %d", s.app.Tab(), s.app.Depth())
	}
	s.keys("shift+tab", "esc", "tab")
	if s.app.Tab() != nav.TabLife || s.app.Depth() != 1 {
		t.Fatalf("the new search closed Life's post: tab %v depth %d", s.app.Tab(), s.app.Depth())
	}
}
