package ui_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// A follow is credited to the place through which the persona reached the
// page it happened on: New Hope Dairy's page opened from a search result,
// then f there, writes a follow with source search (scene 1005).
func TestFollowFromAnAccountOpenedFromSearchSaysSearch(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	app := ui.New(testOptions(st, "newuser", "Xiao Li"))
	d := uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Init()
	view := func() string { return ansi.Strip(d.View()) }
	d.Keys("/")
	d.Send(uitest.Type("New Hope")...)
	d.Keys("down")
	for i := 0; i < 12 && !selectedRow(view(), "New Hope Dairy"); i++ {
		d.Keys("down")
	}
	if !selectedRow(view(), "New Hope Dairy") {
		t.Fatalf("New Hope Dairy's account is not among the results:\n%s", view())
	}
	d.Keys("enter")
	if app.Depth() != 1 {
		t.Fatalf("the account page did not open:\n%s", view())
	}
	d.Keys("f")
	follows := uitest.FindEvents(t, st, uitest.Match{Kind: model.EventFollow, Target: "new-hope-dairy"})
	if len(follows) != 1 || follows[0].Source != model.SourceSearch || follows[0].Scene != 1005 {
		t.Fatalf("follows = %+v; want one from search, scene 1005", follows)
	}
	if !uitest.State(t, st, "newuser").Following("new-hope-dairy") {
		t.Fatal("f on the account page did not follow")
	}
}

// Following from the follow pop-up in a mini program writes the follow
// with source follow_prompt, whatever opened the mini program.
func TestFollowFromThePopUpSaysFollowPrompt(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := uitest.NewApp(t, ui.New(testOptions(st, "returning", "Chen Wei")))
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	open := func() { d.Send(nav.OpenMiniProgramMsg{ID: "new-hope-member", Source: model.SourceSearch}) }
	open() // the first mini program shows the guidance tip, not the pop-up
	d.Keys("esc")
	open()
	if v := ansi.Strip(d.View()); !strings.Contains(v, "Follow New Hope Dairy?") {
		t.Fatalf("no follow pop-up on the second visit:\n%s", v)
	}
	d.Keys("f")
	follows := uitest.FindEvents(t, st, uitest.Match{Kind: model.EventFollow, Target: "new-hope-dairy"})
	if len(follows) != 1 || follows[0].Source != model.SourceFollowPrompt || follows[0].Scene != 0 {
		t.Fatalf("follows = %+v; want one from follow_prompt", follows)
	}
}

// selectedRow reports whether the row with the cursor names name.
func selectedRow(view, name string) bool {
	for l := range strings.SplitSeq(view, "\n") {
		if strings.Contains(l, "› ") && strings.Contains(l, name) {
			return true
		}
	}
	return false
}
