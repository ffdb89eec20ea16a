package search_test

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/styles"
	"lifesim/ui/tabs/search"
	"lifesim/ui/uitest"
)

// reenter leaves the input for the results and enters Search again, as
// the root does on "/" (Focus).
func reenter(t *testing.T, d *uitest.Screen, m *search.Tab) {
	t.Helper()
	d.Keys("esc")
	d.Send(uitest.Results(t, m.Focus())...)
	if !m.CapturesInput() {
		t.Fatal("Focus did not focus the input")
	}
}

// boxLine is the first line of the view: the search box's text.
func boxLine(d *uitest.Screen) string { return strings.SplitN(view(d), "\n", 3)[1] }

// "kfc" then "/luckin" searches "luckin", not "kfcluckin".
func TestTypingAfterFocusReplacesTheOldQuery(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "kfc")
	reenter(t, d, m)
	d.Send(uitest.Type("luckin")...)
	v := view(d)
	if strings.Contains(v, "kfcluckin") || !strings.Contains(boxLine(d), "luckin") || !strings.Contains(v, "Luckin Coffee") {
		t.Errorf("typing after / did not replace the old query:\n%s", v)
	}
}

func TestPasteAfterFocusReplacesTheOldQuery(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "kfc")
	reenter(t, d, m)
	d.Send(tea.PasteMsg{Content: "New Hope"})
	if v := view(d); strings.Contains(v, "kfc") || !strings.Contains(v, "New Hope Dairy") {
		t.Errorf("a paste after / did not replace the old query:\n%s", v)
	}
}

func TestBackspaceAfterFocusClearsTheOldQuery(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "kfc")
	reenter(t, d, m)
	d.Keys("backspace")
	if v := view(d); strings.Contains(boxLine(d), "kf") || !strings.Contains(v, "Popular searches") {
		t.Errorf("backspace after / did not clear the old query:\n%s", v)
	}
}

// Arrows keep the old query and end the selection: what is typed next
// is added where the cursor is.
func TestArrowsAfterFocusKeepTheOldQuery(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "new")
	reenter(t, d, m)
	d.Keys("left", "right")
	d.Send(uitest.Type(" hope")...)
	if v := view(d); !strings.Contains(boxLine(d), "new hope") || !strings.Contains(v, "New Hope Dairy") {
		t.Errorf("an arrow after / did not keep the old query:\n%s", v)
	}
}

// Enter after "/" opens the first result of the old query.
func TestEnterAfterFocusKeepsTheOldQuery(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "new hope")
	reenter(t, d, m)
	d.Keys("enter")
	if len(d.Emitted) == 0 {
		t.Fatalf("enter after / opened nothing:\n%s", view(d))
	}
}

// The selected query is drawn in the selection style, which is reverse
// video without colour; the first key ends it.
func TestTheSelectionShowsWithoutColour(t *testing.T) {
	t.Parallel()
	env := uitest.Env(uitest.OpenStore(t), "newuser")
	env.Styles = styles.For(true, true)
	m := search.New(env)
	d := uitest.NewScreen(t, m, 48, 24)
	d.Send(uitest.Results(t, m.Focus())...)
	d.Send(uitest.Type("kfc")...)
	reenter(t, d, m)
	want := env.Styles.Selected.Render("kfc")
	if !strings.Contains(d.View(), want) || !strings.Contains(want, "\x1b[7") {
		t.Errorf("the old query is not drawn reversed (%q):\n%q", want, d.View())
	}
	d.Keys("right")
	if strings.Contains(d.View(), want) {
		t.Errorf("the selection outlived the first key:\n%q", d.View())
	}
}

func TestCtrlUClearsTheBox(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "new hope")
	if got := helpKeys(m); !slices.Contains(got, "ctrl+u") {
		t.Errorf("typing help = %v, want ctrl+u", got)
	}
	var full []string
	for _, g := range m.FullHelp() {
		for _, b := range g {
			full = append(full, b.Help().Key+" "+b.Help().Desc)
		}
	}
	if !slices.Contains(full, "ctrl+u clear") {
		t.Errorf("full help = %v, want ctrl+u clear", full)
	}
	d.Keys("left", "left")
	d.Send(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}) // ctrl+u
	if v := view(d); strings.Contains(boxLine(d), "new") || !strings.Contains(v, "Popular searches") {
		t.Errorf("ctrl+u did not clear the box:\n%s", v)
	}
	if !m.CapturesInput() {
		t.Error("ctrl+u left the input")
	}
	d.Send(uitest.Type("milk")...)
	if !strings.Contains(boxLine(d), "milk") {
		t.Errorf("typing after ctrl+u:\n%s", view(d))
	}
}
