package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
	"lifesim/ui/nav"
)

// statusBar is the phone's top line: the simulated clock and the persona on
// the left, the carrier and battery glyphs on the right.
func (a *App) statusBar(width int) string {
	st := a.env.Styles
	clock := a.env.Clock().Format("15:04")
	if a.showVariants {
		// the v key: the persona's arms instead of the carrier glyphs
		return st.StatusBar.Render(draw.Line(clock+" ⚗ "+a.variantsLine(), width))
	}
	left := clock + "  " + draw.Line(a.personaName, width/2)
	return st.StatusBar.Render(draw.Spread(left, "5G ▂▄▆█ 87%", width))
}

// tabBar draws the four tabs; Life sits in the "C position" and is always
// emphasised, as in the upgraded Alipay. Names shorten when the phone is
// too narrow for them.
func (a *App) tabBar(width int) string {
	line := a.tabLabels(width, false)
	if lipgloss.Width(line) > width {
		line = a.tabLabels(width, true)
	}
	return a.env.Styles.TabBar.Width(width).Render(draw.Fit(line, width, 1))
}

func (a *App) tabLabels(width int, short bool) string {
	st := a.env.Styles
	labels := make([]string, nav.NumTabs)
	total := 0
	for i := range nav.NumTabs {
		name := a.tabName(i)
		if short && i == nav.TabMine {
			name = "Mine"
		}
		active := i == a.tab && len(a.stack) == 0
		style := st.Tab
		lifeTab := i == nav.TabLife && !a.env.Variants.LifeUnderMessages()
		switch {
		case lifeTab && active:
			style, name = st.TabLifeOn, "◉ "+name
		case lifeTab:
			style, name = st.TabLife, "◉ "+name
		case active:
			style = st.TabActive
		}
		labels[i] = style.Render(name)
		total += lipgloss.Width(labels[i])
	}
	// Spread the spare cells over the gaps around the labels, the outer
	// gaps taking what does not divide evenly, so the bar looks centred.
	n := len(labels) + 1
	spare := max(width-total, n)
	var b strings.Builder
	for i, l := range labels {
		gap := spare / n
		if i == 0 {
			gap += spare % n / 2
		}
		b.WriteString(strings.Repeat(" ", gap) + l)
	}
	return b.String()
}

// tooSmall is shown instead of the phone below the minimum size. In a
// terminal narrower than the message it wraps, and what still does not fit
// is cut: the frame never exceeds the terminal.
func (a *App) tooSmall() string {
	w, h := a.layout.Width, a.layout.Height
	msg := a.env.Styles.TooSmall.Render("terminal too small") + "\n" +
		a.env.Styles.Muted.Render(sizeNeeded())
	if lipgloss.Width(msg) > w {
		msg = lipgloss.NewStyle().Width(w).Align(lipgloss.Center).Render(msg)
	}
	placed := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center,
		lipgloss.NewStyle().Align(lipgloss.Center).Render(msg))
	return draw.Fit(placed, w, h)
}

func sizeNeeded() string {
	return fmt.Sprintf("need %d×%d", MinWidth, MinHeight)
}
