package uitest

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// Find is the centre cell of label's first occurrence in the drawn
// frame (styling ignored, widths as the terminal's), and false when it
// is not drawn: where a person would click on it.
func Find(view, label string) (x, y int, ok bool) {
	for i, line := range strings.Split(ansi.Strip(view), "\n") {
		at, found := hit.Find(line, label, 0)
		if found {
			return at + draw.Width(label)/2, i, true
		}
	}
	return 0, 0, false
}

// Click clicks the centre of label as the root's frame shows it, with
// the left button, as a terminal reports it; the test fails if label is
// not drawn.
func (d *App) Click(label string) {
	d.t.Helper()
	x, y, ok := Find(d.View(), label)
	if !ok {
		d.t.Fatalf("click %q: not on the screen:\n%s", label, ansi.Strip(d.View()))
	}
	d.ClickAt(x, y)
}

// ClickAt clicks the left button at cell (x, y) of the terminal.
func (d *App) ClickAt(x, y int) {
	d.t.Helper()
	d.Send(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
	d.Send(tea.MouseReleaseMsg{X: x, Y: y, Button: tea.MouseLeft})
}

// Wheel turns the wheel one step at label's centre: down, or up.
func (d *App) Wheel(label string, down bool) {
	d.t.Helper()
	x, y, ok := Find(d.View(), label)
	if !ok {
		d.t.Fatalf("wheel over %q: not on the screen:\n%s", label, ansi.Strip(d.View()))
	}
	b := tea.MouseWheelUp
	if down {
		b = tea.MouseWheelDown
	}
	d.Send(tea.MouseWheelMsg{X: x, Y: y, Button: b})
}

// RegionAt is the id of the screen's region at the centre of label as
// its View draws it ("" where nothing is clickable); the test fails if
// label is not drawn or the screen records no regions (hit.Clickable).
func (d *Screen) RegionAt(label string) string {
	d.t.Helper()
	view := d.View()
	x, y, ok := Find(view, label)
	if !ok {
		d.t.Fatalf("%q is not on the screen:\n%s", label, ansi.Strip(view))
	}
	c, ok := d.S.(hit.Clickable)
	if !ok {
		d.t.Fatalf("%T records no click regions (hit.Clickable)", d.S)
	}
	return c.Regions().At(x, y)
}

// Click clicks the centre of label as the screen draws it: the screen
// gets the ClickMsg of the region there. The test fails if label is not
// drawn or nothing there is clickable.
func (d *Screen) Click(label string) {
	d.t.Helper()
	id := d.RegionAt(label)
	if id == "" {
		d.t.Fatalf("%q is drawn but not clickable:\n%s", label, ansi.Strip(d.View()))
	}
	d.Send(hit.ClickMsg{ID: id})
}

// ScrollTo presses ↓ until label is drawn (at most 30 times), as a
// person scrolls to what they want to tap; the test fails if it never is.
func (d *Screen) ScrollTo(label string) {
	d.t.Helper()
	for range 30 {
		if _, _, ok := Find(d.View(), label); ok {
			return
		}
		d.Keys("down")
	}
	d.t.Fatalf("%q never scrolled into view:\n%s", label, ansi.Strip(d.View()))
}

// Size is a screen's size in cells.
type Size struct{ W, H int }

// PhoneSizes are the two sizes a screen's mouse tests run at: the phone's
// inside in a 100×30 terminal, and a small phone's.
var PhoneSizes = []Size{{46, 23}, {40, 13}}
