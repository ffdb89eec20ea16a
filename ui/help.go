package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/draw"
	"lifesim/ui/keys"
)

// The "?" page is modal: while it is open esc or ? closes it, ↑/↓ (and
// pgup/pgdown) scroll it, ctrl+c still quits (handleKey checks it first),
// and every other key does nothing, q included: a stray key must not like
// a post nobody can see, scroll the feed underneath or end the demo.

// helpOverlay is the open full help: its keys and its scroll position
// (its first line).
type helpOverlay struct {
	keys   overlayKeys
	offset int
}

// overlayKeys are the keys of the open full help.
type overlayKeys struct {
	up, down, pageUp, pageDown, scroll, close key.Binding
}

func newOverlayKeys(k *keys.Map) overlayKeys {
	b := func(keys []string, k, h string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, h))
	}
	return overlayKeys{
		up:       k.Up,
		down:     k.Down,
		pageUp:   b([]string{"pgup"}, "pgup", "page up"),
		pageDown: b([]string{"pgdown"}, "pgdn", "page down"),
		scroll:   b(append(k.Up.Keys(), k.Down.Keys()...), "↑/↓", "scroll"),
		close:    b(append(k.Back.Keys(), k.Help.Keys()...), k.Back.Help().Key+"/"+k.Help.Help().Key, "close"),
	}
}

// fullHelp is the "?" page drawn inside the phone, the content's height:
// a title with the overlay's own keys, then every binding that works on
// the focused screen and the global ones, scrolled, with the position
// under them when they do not all fit.
func (a *App) fullHelp(w int) string {
	st := a.env.Styles
	ok := a.overlay.keys
	right := helpEntry(ok.scroll) + " · " + helpEntry(ok.close)
	head := draw.Spread(st.Title.Render("Keys"), st.Muted.Render(right), w)
	lines := a.helpLines(w)
	rows, scrolls := a.helpRows(len(lines))
	o := &a.overlay
	o.offset = clampOffset(o.offset, len(lines), rows)
	v := draw.Viewport{Offset: o.offset}
	out := head + "\n" + v.Render(lines, -1, rows)
	if scrolls {
		last := min(o.offset+rows, len(lines))
		pos := fmt.Sprintf("%s · %d–%d of %d", helpEntry(ok.scroll), o.offset+1, last, len(lines))
		out = draw.Fit(out, w, rows+1) + "\n" + st.Muted.Render(draw.Line(pos, w))
	}
	return out
}

func helpEntry(b key.Binding) string { return b.Help().Key + " " + b.Help().Desc }

// helpLines is the full help's list, one binding a line: the focused
// screen's groups, then the global ones, each under a heading.
func (a *App) helpLines(w int) []string {
	st := a.env.Styles
	m := appKeyMap{a}
	var lines []string
	section := func(title string, groups [][]key.Binding) {
		if len(groups) == 0 {
			return
		}
		lines = append(lines, "", st.Muted.Render(draw.Line(title, w)))
		for i, group := range groups {
			if i > 0 {
				lines = append(lines, "")
			}
			for _, k := range group {
				if !k.Enabled() {
					continue
				}
				h := k.Help()
				lines = append(lines, draw.Line(st.Accent.Render(draw.Column(h.Key, 11))+st.Text.Render(h.Desc), w))
			}
		}
	}
	section("On this screen", a.focused().FullHelp())
	section("Everywhere", m.globalGroups())
	return lines
}

// helpRows is how many list lines fit under the title, and whether the
// list scrolls (then the last row shows the position).
func (a *App) helpRows(n int) (rows int, scrolls bool) {
	rows = max(a.layout.ContentHeight-1, 1)
	if n > rows {
		return max(rows-1, 1), true
	}
	return rows, false
}

func clampOffset(off, n, rows int) int { return max(0, min(off, n-rows)) }

// appKeyMap merges the focused screen's bindings with the global ones so
// the help always matches what the keys do right now.
type appKeyMap struct{ a *App }

// global is the root's bindings for the short help: optional ones, which
// give way when the line is too narrow, and required ones, which never do.
// While a screen is typing only ctrl+c works: ? and q type themselves.
func (m appKeyMap) global() (optional, required []key.Binding) {
	k := m.a.env.Keys
	if m.a.help.ShowAll {
		// the overlay is modal: only its own keys work
		ok := m.a.overlay.keys
		return nil, []key.Binding{ok.scroll, ok.close, k.ForceQuit}
	}
	if m.a.focused().CapturesInput() {
		return nil, []key.Binding{k.ForceQuit}
	}
	return m.a.navKeys(), []key.Binding{k.Help, k.Quit}
}

func (m appKeyMap) ShortHelp() []key.Binding {
	optional, required := m.global()
	return append(append(m.a.focused().ShortHelp(), optional...), required...)
}

func (m appKeyMap) FullHelp() [][]key.Binding {
	return append(m.a.focused().FullHelp(), m.globalGroups()...)
}

// globalGroups is the root's bindings for the full help: the tab keys
// (none inside a full-screen mini program, where they do nothing), the
// ways around, the experiment keys, help and quit.
func (m appKeyMap) globalGroups() [][]key.Binding {
	k := m.a.env.Keys
	var groups [][]key.Binding
	if !m.a.inMiniProgram() {
		groups = append(groups, m.a.tabKeys())
	}
	return append(groups,
		m.a.moveKeys(),
		m.a.experimentKeys(),
		[]key.Binding{k.Help, k.Quit, k.ForceQuit},
	)
}

// toggleHelp opens the full help at its top, or closes it.
func (a *App) toggleHelp() tea.Cmd {
	a.help.ShowAll = !a.help.ShowAll
	a.overlay.offset = 0
	return nil
}

// helpKey is what a key does while the full help is open; ok is false
// when the help is closed and the key goes on. Keys held for a loading
// page go on too, to keep their order (typeahead.go).
func (a *App) helpKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	if !a.help.ShowAll || a.typingAhead() {
		return nil, false
	}
	k := a.overlay.keys
	n := len(a.helpLines(a.layout.InnerWidth))
	rows, _ := a.helpRows(n)
	o := &a.overlay
	switch {
	case key.Matches(msg, k.close):
		return a.toggleHelp(), true
	case key.Matches(msg, k.up):
		o.offset--
	case key.Matches(msg, k.down):
		o.offset++
	case key.Matches(msg, k.pageUp):
		o.offset -= rows
	case key.Matches(msg, k.pageDown):
		o.offset += rows
	}
	o.offset = clampOffset(o.offset, n, rows)
	return nil, true
}

// shortHelpLine is the one-line help under the phone, at most w cells. It
// always ends with ? help and q quit (ctrl+c quit while typing); when the
// line is too narrow the screen's own entries give way from the end,
// then the optional global ones.
func (a *App) shortHelpLine(w int) string {
	var own []key.Binding
	if !a.help.ShowAll {
		own = enabled(a.focused().ShortHelp())
	}
	optional, required := appKeyMap{a}.global()
	k := helpKey{bindings: bindingsKey(own, optional, required), width: w, gen: a.stylesGen}
	return a.chrome.help.get(k, func() string { return a.drawHelpLine(w, own, optional, required) })
}

// drawHelpLine is the help line of own, optional and required bindings.
func (a *App) drawHelpLine(w int, own, optional, required []key.Binding) string {
	// A copy without a width: bubbles would cut the line from the end,
	// which is where help and quit are.
	h := a.help
	h.SetWidth(0)
	for {
		line := h.ShortHelpView(append(append(append([]key.Binding(nil), own...), optional...), required...))
		switch {
		case draw.Width(line) <= w:
			return line
		case len(own) > 0:
			own = own[:len(own)-1]
		case len(optional) > 0:
			optional = optional[:len(optional)-1]
		default:
			return ansi.Truncate(line, w, "…")
		}
	}
}

// enabled is the bindings of bs that are enabled.
func enabled(bs []key.Binding) []key.Binding {
	var out []key.Binding
	for _, b := range bs {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}
