package ui

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// The pointer on the merchant console (mouse.go for the phone's). The
// console fills the terminal, so its regions are at the top-left; a page
// opened over it (the persona picker) is drawn in a phone centred in the
// terminal, with no status line or tab bar.

// consoleClick acts on the console's region, or the page's, under (x, y).
func (a *App) consoleClick(x, y int) tea.Cmd {
	if len(a.stack) == 0 {
		id := a.console.Regions().At(x, y)
		if id == "" {
			return nil
		}
		return a.updateConsole(hit.ClickMsg{ID: id})
	}
	var r hit.Regions
	if c, ok := a.focused().(hit.Clickable); ok {
		x0, y0 := a.consolePageOrigin()
		r.Merge(c.Regions().Within(a.layout.ContentHeight+chromeRows), x0, y0)
	}
	switch id := r.At(x, y); id {
	case "":
		return nil
	case hit.Back:
		return a.back()
	default:
		return a.updateFocused(hit.ClickMsg{ID: id})
	}
}

// consoleWheel gives the console, or the page over it, the wheel's ↓ or
// ↑; nothing while a form is open.
func (a *App) consoleWheel(x, y int, k tea.KeyPressMsg) tea.Cmd {
	if len(a.stack) == 0 {
		if a.console.CapturesInput() {
			return nil // a form is open: its ↓ ↑ move between fields, which a wheel should not
		}
		return a.consoleKey(k)
	}
	x0, y0 := a.consolePageOrigin()
	l := a.layout
	if x < x0 || x >= x0+l.InnerWidth || y < y0 || y >= y0+l.ContentHeight+chromeRows {
		return nil
	}
	return a.consoleKey(k)
}

// consolePageOrigin is the cell where a page over the console starts:
// inside the phone renderConsole centres in the terminal.
func (a *App) consolePageOrigin() (x, y int) {
	l := a.layout
	width := l.PhoneWidth
	if bd := a.border(l.InnerWidth); bd.ok {
		width = bd.width
	}
	left, _ := centre(l.Width, width)
	return left + (width-l.InnerWidth)/2, 1
}
