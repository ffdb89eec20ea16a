package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
	"lifesim/ui/nav"
	"lifesim/ui/styles"
)

// statusBar is the phone's top line, width cells: the simulated clock and
// the persona on the left, the carrier and battery glyphs on the right.
// It is drawn again only when the clock shown (the minute; the day too
// once time travel has moved it: statusClock) or the persona changes.
func (a *App) statusBar(width int) string {
	k := statusKey{clock: a.statusClock(), variants: a.showVariants, line: a.personaName, width: width, gen: a.stylesGen}
	if a.showVariants {
		k.line = a.variantsLine()
	}
	return a.chrome.status.get(k, func() string { return draw.Fit(drawStatusBar(a.env.Styles, k), width, 1) })
}

func drawStatusBar(st *styles.Styles, k statusKey) string {
	if k.variants {
		// the v key: the persona's arms instead of the carrier glyphs
		return st.StatusBar.Render(draw.Line(k.clock+" ⚗ "+k.line, k.width))
	}
	// the persona has half the line, or less when the clock (with a day,
	// after time travel) and the glyphs on the right leave less, so the
	// glyphs keep their room
	const glyphs = "5G ▂▄▆█ 87%"
	name := max(min(k.width/2, k.width-draw.Width(k.clock)-len("  ")-draw.Width(glyphs)-1), 0)
	left := k.clock + "  " + draw.Line(k.line, name)
	return st.StatusBar.Render(draw.Spread(left, glyphs, k.width))
}

// tabBar draws the bar's slots: Home · Search · ◉ Life · Messages · My
// Mini Programs. Life sits in the centre, the "C position" of the upgraded
// Alipay, and is always emphasised. When the phone is too narrow for every
// name with room between them, the last slot is "Mine", as Alipay names it.
func (a *App) tabBar(width int) string {
	k := tabsKey{tab: a.tab, width: width, gen: a.stylesGen}
	for _, t := range a.slots() {
		k.slots[k.n] = t
		k.n++
	}
	return a.chrome.tabs.get(k, func() string { return a.drawTabBar(width) })
}

func (a *App) drawTabBar(width int) string {
	line, total := a.tabLabels(false)
	if width-total < minTabGap*(len(line)+1) {
		line, total = a.tabLabels(true)
	}
	return a.env.Styles.TabBar.Width(width).Render(draw.Fit(spreadTabs(line, total, width), width, 1))
}

// minTabGap is the fewest blank cells between two names before the bar
// falls back to the short names.
const minTabGap = 2

// tabLabels is each visible slot's styled label, and their total width.
func (a *App) tabLabels(short bool) ([]string, int) {
	st := a.env.Styles
	var labels []string
	total := 0
	for _, t := range a.slots() {
		name := t.Name()
		if short {
			name = t.ShortName()
		}
		style := st.Tab
		switch {
		case t == nav.TabLife && t == a.tab:
			style, name = st.TabLifeOn, "◉ "+name
		case t == nav.TabLife:
			style, name = st.TabLife, "◉ "+name
		case t == a.tab:
			style = st.TabActive
		}
		l := style.Render(name)
		labels = append(labels, l)
		total += draw.Width(l)
	}
	return labels, total
}

// spreadTabs spreads the spare cells over the gaps around the labels, the
// outer gaps taking what does not divide evenly, so the bar looks centred.
func spreadTabs(labels []string, total, width int) string {
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
	if draw.Width(msg) > w {
		msg = lipgloss.NewStyle().Width(w).Align(lipgloss.Center).Render(msg)
	}
	placed := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center,
		lipgloss.NewStyle().Align(lipgloss.Center).Render(msg))
	return draw.Fit(placed, w, h)
}

func sizeNeeded() string {
	return fmt.Sprintf("need %d×%d", MinWidth, MinHeight)
}
