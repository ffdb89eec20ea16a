package ui_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui"
	"lifesim/ui/uitest"
)

// TestChainFromFollowingToMiniProgram walks step 4 of the chain in the real
// app: Life → Following → the KFC crayfish post → its service link opens the
// mini program; esc inside the comment input leaves the input, not the page.
func TestChainFromFollowingToMiniProgram(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	app := ui.New(testOptions(st, "returning", "Chen Wei"))
	d := uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: 60, Height: 40})
	d.Init()
	d.Keys("3", "right")
	view := func() string { return ansi.Strip(d.View()) }
	for i := 0; i < 40 && !strings.Contains(view(), "› KFC [Brand]"); i++ {
		d.Keys("down")
	}
	// Move onto the crayfish post itself (KFC has several).
	for i := 0; i < 10 && !selectedCard(view(), "New Year's Crayfish Series"); i++ {
		d.Keys("down")
	}
	if !selectedCard(view(), "New Year's Crayfish Series") {
		t.Fatalf("crayfish post not reachable in Following:\n%s", view())
	}
	d.Keys("enter")
	if app.Depth() != 1 || !strings.Contains(view(), "Services & offers") {
		t.Fatalf("post page not open:\n%s", view())
	}
	d.Keys("c", "esc")
	if app.Depth() != 1 {
		t.Fatal("esc in the comment input closed the page")
	}
	d.Keys("down", "enter")
	if app.Depth() != 2 || !strings.Contains(view(), "KFC Self-Service Ordering") {
		t.Fatalf("service link did not open the mini program:\n%s", view())
	}
}

// selectedCard reports whether the card with the cursor has this title.
func selectedCard(view, title string) bool {
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		if strings.Contains(l, "│ › ") && i+1 < len(lines) {
			return strings.Trim(lines[i+1], "│ ") == title
		}
	}
	return false
}
