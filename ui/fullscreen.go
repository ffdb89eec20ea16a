package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/screen"
)

// Alipay shows a mini program full-screen: its pages (and its order and
// payment pages) cover the tab bar, and a nav line on top carries the
// mini program's name and the capsule ( ☆ │ ⋯ ◎ ). The root decides from
// the top page (screen.FullScreener) and draws that line itself, so every
// page of the flow has the same one.

// miniProgramInFront is the full-screen page on top, if there is one.
func (a *App) miniProgramInFront() (screen.FullScreener, bool) {
	n := len(a.stack)
	if n == 0 {
		return nil, false
	}
	f, ok := a.stack[n-1].(screen.FullScreener)
	return f, ok
}

func (a *App) inMiniProgram() bool {
	_, ok := a.miniProgramInFront()
	return ok
}

// outside makes run do nothing while a mini program is in front: there
// the tab keys and "/" would leave an order half done, and on a phone the
// tab bar is not even there to tap.
func (a *App) outside(run func() tea.Cmd) func() tea.Cmd {
	return func() tea.Cmd {
		if a.inMiniProgram() {
			return nil
		}
		return run()
	}
}

// closeMiniProgram is the capsule's ◎: it closes the mini program in
// front with the pages opened in it (confirm, payment result) and shows
// the page it was opened from. A different mini program under it (opened
// from its payment result, say) stays open.
func (a *App) closeMiniProgram() tea.Cmd {
	top, ok := a.miniProgramInFront()
	if !ok {
		return nil
	}
	id := top.FullScreen().ID
	i := len(a.stack) - 1
	for i > 0 {
		f, ok := a.stack[i-1].(screen.FullScreener)
		if !ok || f.FullScreen().ID != id {
			break
		}
		i--
	}
	return a.dropPages(i)
}

// miniProgramBar is the full-screen nav line: the mini program's icon and
// name on the left, the capsule on the right (★ once collected), then a
// rule. It takes the tab bar's two rows, so the page keeps its size.
func (a *App) miniProgramBar(mp model.MiniProgram, width int) string {
	st := a.env.Styles
	star := st.Muted.Render("☆")
	if a.state.Collected(mp.ID) {
		star = st.ButtonOn.Render("★")
	}
	capsule := st.Muted.Render("( ") + star + st.Muted.Render(" │ ⋯ ◎ )")
	name := mp.Name
	if name == "" {
		name = "Mini program"
	}
	left := ""
	if mp.Icon != "" {
		left = draw.Line(mp.Icon, 2) + " "
	}
	room := width - draw.Width(capsule) - draw.Width(left) - 1
	left += st.Title.Render(draw.Line(name, room))
	return draw.Spread(left, capsule, width) + "\n" + st.Subtle.Render(strings.Repeat("─", width))
}
