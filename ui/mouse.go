package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
)

// The pointer. A click does what enter does on the thing under it, as a
// tap does on a phone: the frame's regions (frameRegions: the chrome's
// and the focused screen's, package hit) are composed as Lip Gloss
// layers and the compositor says which one is under the pointer. The
// wheel over the phone's content moves as ↓ and ↑ do there. A click
// outside the phone, or on nothing that acts, does nothing; so does
// everything while the full help covers the phone. --no-mouse
// (Options.NoMouse) turns the terminal's mouse reporting off, so the
// terminal's own selection works.

// Ids of the chrome's regions, which the root acts on itself.
const (
	tabIDPrefix    = "tab:"            // + the tab's number: the tab bar's slot
	capsuleCollect = "capsule:collect" // the capsule's ☆/★: what s does in the mini program
	capsuleClose   = "capsule:close"   // the capsule's ◎: what e does
)

// mouse handles a mouse message: a left click or a wheel step; the rest
// (release, motion while dragging) change nothing.
func (a *App) mouse(msg tea.MouseMsg) tea.Cmd {
	if a.noMouse || a.layout.TooSmall {
		return nil
	}
	m := msg.Mouse()
	switch msg.(type) {
	case tea.MouseClickMsg:
		if m.Button == tea.MouseLeft {
			return a.click(m.X, m.Y)
		}
	case tea.MouseWheelMsg:
		return a.wheel(m.X, m.Y, m.Button)
	}
	return nil
}

// click acts on the region under (x, y).
func (a *App) click(x, y int) tea.Cmd {
	if a.console != nil {
		return a.consoleClick(x, y) // merchant.go
	}
	r := a.frameRegions()
	id := r.At(x, y)
	switch {
	case id == "":
		return nil
	case strings.HasPrefix(id, tabIDPrefix):
		n, ok := hit.NumberOf(tabIDPrefix, id)
		if !ok || n >= int(nav.NumTabs) {
			return nil
		}
		return a.outside(a.showTab(nav.Tab(n), false))()
	case id == capsuleClose:
		return a.closeMiniProgram()
	case id == capsuleCollect:
		return a.updateFocused(bindingKey(a.env.Keys.Collect.Keys()))
	case id == hit.Back:
		return a.back()
	}
	return a.updateFocused(hit.ClickMsg{ID: id})
}

// back is the ‹ of a page's header: what esc does there (closes a
// pop-up the page has open, or leaves its text input keeping the text,
// else closes the page).
func (a *App) back() tea.Cmd {
	if a.backClosesPage() && !a.focused().CapturesInput() {
		return a.pop()
	}
	return a.updateFocused(bindingKey(a.env.Keys.Back.Keys()))
}

// wheel moves the list or page under the pointer as ↓ (down) or ↑ do:
// over the phone's content only, through the same routing as a key
// (help, keys held while a page loads, a screen that is typing).
func (a *App) wheel(x, y int, b tea.MouseButton) tea.Cmd {
	var k tea.KeyPressMsg
	switch b {
	case tea.MouseWheelDown:
		k = tea.KeyPressMsg{Code: tea.KeyDown}
	case tea.MouseWheelUp:
		k = tea.KeyPressMsg{Code: tea.KeyUp}
	default:
		return nil
	}
	if a.console != nil {
		return a.consoleWheel(x, y, k) // merchant.go
	}
	if !a.inContent(x, y) {
		return nil
	}
	return a.handleKey(k)
}

// bindingKey is the key press a binding's first key names: a single
// character or "esc".
func bindingKey(names []string) tea.KeyPressMsg {
	if len(names) == 0 {
		return tea.KeyPressMsg{}
	}
	switch names[0] {
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	r := []rune(names[0])
	return tea.KeyPressMsg{Code: r[0], Text: names[0]}
}

// phoneOrigin is the frame cell where the phone's rows start (inside its
// border and padding), and whether a phone is drawn at all.
func (a *App) phoneOrigin() (x, y int, ok bool) {
	l := a.layout
	if l.TooSmall || l.Width == 0 || (l.ObserverAlone && !a.help.ShowAll) {
		return 0, 0, false
	}
	width := l.PhoneWidth
	if bd := a.border(l.InnerWidth); bd.ok {
		width = bd.width
	}
	left, _ := centre(a.leftWidth(), width)
	return left + (width-l.InnerWidth)/2, 1, true
}

// contentTop is the row, counted from the phone's first, where the
// focused screen's content starts: under the status line, and under the
// nav line of a full-screen mini program.
func (a *App) contentTop() int {
	if a.inMiniProgram() {
		return 3
	}
	return 1
}

// inContent reports whether (x, y) is on the focused screen's content.
func (a *App) inContent(x, y int) bool {
	x0, y0, ok := a.phoneOrigin()
	if !ok || a.help.ShowAll {
		return false
	}
	top := y0 + a.contentTop()
	return x >= x0 && x < x0+a.layout.InnerWidth && y >= top && y < top+a.bodyRows()
}

// bodyRows is how many of the content's rows the focused screen's View
// shows: the notice line (or lines) under it takes the rest.
func (a *App) bodyRows() int {
	rows := max(strings.Count(a.noticeText(a.layout.InnerWidth), "\n")+1, 1)
	return a.layout.ContentHeight + 1 - rows
}

// frameRegions is every region of the frame a click acts on, in the
// terminal's cells: the tab bar's slots, the capsule, and the focused
// screen's (hit.Clickable) placed where its content is drawn and cut to
// the rows the notice leaves it. With the full help open, nothing.
func (a *App) frameRegions() *hit.Regions {
	var r hit.Regions
	x0, y0, ok := a.phoneOrigin()
	if !ok || a.help.ShowAll {
		return &r
	}
	w := a.layout.InnerWidth
	mp, full := a.miniProgramInFront()
	if full {
		a.capsuleRegions(&r, a.miniProgramBar(mp.FullScreen(), w), x0, y0+1)
	}
	top := y0 + a.contentTop()
	if c, ok := a.focused().(hit.Clickable); ok {
		r.Merge(c.Regions().Within(a.bodyRows()), x0, top)
	}
	if !full {
		a.tabRegions(&r, a.tabBar(w), x0, top+a.layout.ContentHeight+1)
	}
	return &r
}

// capsuleRegions records the capsule's ☆ (or ★) and ◎ on the nav line
// drawn at (x, y).
func (a *App) capsuleRegions(r *hit.Regions, bar string, x, y int) {
	line, _, _ := strings.Cut(bar, "\n")
	at, ok := hit.Find(line, "( ", 0)
	if !ok {
		return
	}
	var sub hit.Regions
	if !sub.LabelFrom(capsuleCollect, line, at, 0, hit.ZButton, "☆") {
		sub.LabelFrom(capsuleCollect, line, at, 0, hit.ZButton, "★")
	}
	sub.LabelFrom(capsuleClose, line, at, 0, hit.ZButton, "◎")
	r.Merge(sub, x, y)
}

// tabRegions records each slot of the tab bar drawn at (x, y) (a rule,
// then the names): a slot reaches halfway to its neighbours' names, over
// both rows, as a phone's tab bar is tapped anywhere in the slot.
func (a *App) tabRegions(r *hit.Regions, bar string, x, y int) {
	lines := strings.Split(bar, "\n")
	names := lines[len(lines)-1]
	slots := a.slots()
	var starts, ends []int
	from := 0
	for _, t := range slots {
		at, name, ok := findTabName(names, t, from)
		if !ok {
			return // the bar was cut: no slot can be placed
		}
		starts = append(starts, at)
		from = at + draw.Width(name)
		ends = append(ends, from)
	}
	w := a.layout.InnerWidth
	for i, t := range slots {
		left, right := 0, w
		if i > 0 {
			left = (ends[i-1] + starts[i] + 1) / 2
		}
		if i+1 < len(slots) {
			right = (ends[i] + starts[i+1] + 1) / 2
		}
		r.Add(hit.Numbered(tabIDPrefix, int(t)), x+left, y, right-left, len(lines), hit.ZButton)
	}
}

// findTabName is where tab t's name starts on the bar's line of names,
// at or after cell from, and the name as drawn there: long or short,
// with Life's ◉.
func findTabName(line string, t nav.Tab, from int) (int, string, bool) {
	for _, name := range []string{t.Name(), t.ShortName()} {
		if t == nav.TabLife {
			name = "◉ " + name
		}
		if at, ok := hit.Find(line, name, from); ok {
			return at, name, true
		}
	}
	return 0, "", false
}
