package ui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
)

// View draws the phone centred in the terminal with the help under it, or
// the "too small" message.
func (a *App) View() tea.View {
	if !a.frame.drawn {
		a.frame = frame{content: a.render(), title: a.title(), drawn: true}
	}
	v := tea.NewView(a.frame.content)
	v.AltScreen = true
	if !a.noMouse {
		// clicks and the wheel (mouse.go); motion only while a button is held
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = a.frame.title
	return v
}

// frame is the last frame View drew. Update forgets it on every message
// but a quiet one (update.go), so View draws again only when something
// may have changed. The clock the status line shows is then that of the
// last change, as it is anyway between messages.
type frame struct {
	content, title string
	drawn          bool
}

// title is the window's title: the screen in front, or the console.
func (a *App) title() string {
	if a.console != nil {
		return a.consoleTitle()
	}
	return "lifesim · " + a.focused().Title()
}

func (a *App) render() string {
	l := a.layout
	if l.Width == 0 || a.quitting {
		return ""
	}
	if a.console != nil {
		return a.renderConsole() // merchant.go: the console fills the terminal
	}
	if l.TooSmall {
		return a.tooSmall()
	}
	p := a.parts()
	c := &a.composed
	if c.layout == l && c.gen == a.stylesGen && c.parts.same(p) {
		return c.text // nothing drawn changed: the same string, which the renderer sees at a glance
	}
	out, ok := a.compose(p)
	if !ok {
		out = a.composeLipgloss(p)
	}
	*c = composedFrame{parts: p, layout: l, gen: a.stylesGen, text: out}
	return out
}

// composedFrame is the last frame assembled from its parts, and what it
// was assembled from. Messages that change nothing in front (a page
// loading behind, a result the screen keeps out of view) give the same
// parts, each the very string kept before (the screens keep their frames,
// the root its chrome), so comparing them costs little.
type composedFrame struct {
	parts  frameParts
	layout Layout
	gen    int
	text   string
}

// frameParts is what a frame is made of: the phone's rows, top to
// bottom, each exactly InnerWidth wide; the help line under the phone;
// the observer panel beside them, if shown. When alone, the panel is in
// the phone's place: no rows, and the help line is the panel's.
type frameParts struct {
	rows        []string
	help, panel string
	alone       bool
}

// same reports whether p and q are the same parts.
func (p frameParts) same(q frameParts) bool {
	return p.alone == q.alone && p.help == q.help && p.panel == q.panel && slices.Equal(p.rows, q.rows)
}

func (a *App) parts() frameParts {
	l := a.layout
	if l.ObserverAlone && !a.help.ShowAll {
		// The panel in the phone's place (layout.go): the phone's screens
		// are only hidden, so they are not drawn. The full help is drawn
		// in the phone, so while it is open the phone shows.
		return frameParts{help: a.observerHelpLine(l.Width), panel: a.observerView(), alone: true}
	}
	w := l.InnerWidth
	body := a.focused().View()
	if a.help.ShowAll {
		body = a.fullHelp(w)
	}
	// A mini program in front is full-screen: its nav line on top takes
	// the tab bar's rows (fullscreen.go).
	rows := []string{a.statusBar(w)}
	mp, full := a.miniProgramInFront()
	if full {
		rows = append(rows, draw.Fit(a.miniProgramBar(mp.FullScreen(), w), w, 2))
	}
	rows = append(rows, a.contentWithNotice(body, w, l.ContentHeight))
	if !full {
		rows = append(rows, a.tabBar(w))
	}
	p := frameParts{rows: rows, help: a.shortHelpLine(a.helpWidth())}
	if l.ObserverBeside() {
		p.panel = a.observerView()
	}
	return p
}

// helpWidth is the room for the help line under the phone.
func (a *App) helpWidth() int {
	if a.layout.ObserverBeside() {
		return a.layout.LeftWidth - observerGap // keep the help off the panel's border
	}
	return a.layout.Width
}

// leftWidth is the columns the phone and its help are centred in: all
// of them, or those left of the observer panel.
func (a *App) leftWidth() int {
	if a.layout.ObserverBeside() {
		return a.layout.LeftWidth
	}
	return a.layout.Width
}

// compose assembles the frame from the phone's rows (each exactly
// InnerWidth wide), the help line and the panel (phone.go). It is what
// composeLipgloss draws, without measuring the rows again; ok is false
// when the pieces do not fit that shortcut.
func (a *App) compose(p frameParts) (string, bool) {
	if p.alone {
		return a.composeAlone(p), true
	}
	bd := a.border(a.layout.InnerWidth)
	if !bd.ok {
		return "", false
	}
	f := frameLines{left: a.leftWidth()}
	if p.panel != "" {
		f.panel = strings.Split(p.panel, "\n")
		lines := 2 + helpRows
		for _, r := range p.rows {
			lines += strings.Count(r, "\n") + 1
		}
		if len(f.panel) != lines {
			return "", false
		}
	}
	f.b.Grow(len(a.frame.content)) // the last frame's size is a good guess
	f.line(bd.width, bd.top)
	for _, r := range p.rows {
		for line := range strings.SplitSeq(r, "\n") {
			f.line(bd.width, bd.left, line, bd.right)
		}
	}
	f.line(bd.width, bd.bottom)
	f.line(draw.Width(p.help), p.help)
	return f.b.String(), true
}

// composeLipgloss is compose drawn by Lip Gloss: the phone framed by its
// style and centred, the help line under it, the panel beside them.
func (a *App) composeLipgloss(p frameParts) string {
	if p.alone {
		w := a.layout.Width
		return lipgloss.PlaceHorizontal(w, lipgloss.Center, p.panel) + "\n" + lipgloss.PlaceHorizontal(w, lipgloss.Center, p.help)
	}
	left := a.leftWidth()
	inner := lipgloss.JoinVertical(lipgloss.Left, p.rows...)
	phone := lipgloss.PlaceHorizontal(left, lipgloss.Center, a.env.Styles.Phone.Render(inner))
	out := phone + "\n" + lipgloss.PlaceHorizontal(left, lipgloss.Center, p.help)
	if p.panel != "" {
		out = lipgloss.JoinHorizontal(lipgloss.Top, out, p.panel)
	}
	return out
}

// composeAlone assembles the frame of the panel in the phone's place: its
// lines (each exactly PanelWidth wide) then its help line, each centred
// in the terminal, as composeLipgloss draws them.
func (a *App) composeAlone(p frameParts) string {
	f := frameLines{left: a.layout.Width}
	f.b.Grow(len(a.frame.content))
	for line := range strings.SplitSeq(p.panel, "\n") {
		f.line(a.layout.PanelWidth, line)
	}
	f.line(draw.Width(p.help), p.help)
	return f.b.String()
}
