package console

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/report"
	"lifesim/ui/draw"
)

// The console's smallest size: below it, one line says so.
const (
	MinWidth  = 60
	MinHeight = 16
)

// View draws the console filling the terminal: the header, the
// participants, the funnel by variant, and the help line at the bottom.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "lifesim serve · " + m.opts.Listen
	return v
}

func (m *Model) render() string {
	w, h := m.w, m.h
	switch {
	case w == 0 || m.closed:
		return ""
	case w < MinWidth || h < MinHeight:
		msg := fmt.Sprintf("The console needs %d×%d; this terminal is %d×%d.", MinWidth, MinHeight, w, h)
		return draw.Fit(m.st.TooSmall.Render(draw.Line(msg, w)), w, h)
	}
	top := m.header(w)
	funnel := append([]string{""}, m.funnelLines(w)...)
	help := m.help.ShortHelpView(m.keys.ShortHelp())
	room := h - len(top) - len(funnel) - 1
	list := m.participantLines(w, room)
	for len(list) < room {
		list = append(list, "") // the funnel stays at the bottom
	}
	body := append(append(top, list...), funnel...)
	return draw.Fit(strings.Join(body, "\n"), w, h-1) + "\n" + draw.Fit(help, w, 1)
}

// header is the room's address, sessions and clock, and the line
// participants type.
func (m *Model) header(w int) []string {
	o := m.opts
	left := m.st.Title.Render("lifesim serve") + m.st.Muted.Render(" · room on "+o.Listen)
	right := m.st.Muted.Render(fmt.Sprintf("%d/%d sessions · room clock %s", len(m.people), o.Max, o.Clock().Format("Mon 2 Jan 15:04")))
	return []string{
		draw.Spread(left, right, w),
		m.st.Muted.Render("participants connect with ") + m.st.Accent.Render(draw.Line(o.SSHLine, w-26)),
		"",
	}
}

// participantLines is the participants table in at most n lines: name,
// arms, the screen in front and how long they have been connected. When
// they do not all fit, the last line says how many more there are.
func (m *Model) participantLines(w, n int) []string {
	title := m.st.Section.Render(fmt.Sprintf("Participants (%d)", len(m.people)))
	if len(m.people) == 0 {
		return []string{title, m.st.Muted.Render(draw.Line("no one yet: participants connect with "+m.opts.SSHLine, w))}
	}
	room := n - 2
	shown := m.people
	if len(shown) > room {
		shown = shown[:max(room-1, 0)] // the last line says how many more
	}
	rows := [][]string{{"name", "arms", "where", "connected"}}
	now := m.opts.Wall()
	for _, p := range shown {
		rows = append(rows, []string{
			model.CleanLine(p.Name), armsText(p.Arms, m.labels), model.CleanLine(p.Where), report.Gap(now.Sub(p.Since)),
		})
	}
	lines := participantTable(rows, w)
	out := []string{title, m.st.Head.Render(lines[0])}
	for _, l := range lines[1:] {
		out = append(out, m.st.Text.Render(l))
	}
	if more := len(m.people) - len(shown); more > 0 {
		out = append(out, m.st.Muted.Render(draw.Line(fmt.Sprintf("… and %d more (a taller terminal shows them)", more), w)))
	}
	return out
}

// participantTable lays the participants' rows out in w cells: the name
// and connected time whole, the arms and the screen cut to share what is
// left. The cells are clean already (model.CleanLine), and each is
// measured once: the console draws this table often.
func participantTable(rows [][]string, w int) []string {
	widths := make([]int, 4)
	cellW := make([][4]int, len(rows))
	for j, r := range rows {
		for i, c := range r {
			cellW[j][i] = lipgloss.Width(c)
			widths[i] = max(widths[i], cellW[j][i])
		}
	}
	gaps := 3 * len(columnGap)
	rest := max(w-widths[0]-widths[3]-gaps, 2)
	widths[1] = min(widths[1], max(rest/2, rest-widths[2]))
	widths[2] = max(rest-widths[1], 1)
	total := widths[0] + widths[1] + widths[2] + widths[3] + gaps
	out := make([]string, len(rows))
	for j, r := range rows {
		var b strings.Builder
		for i, c := range r {
			if i > 0 {
				b.WriteString(columnGap)
			}
			cw := cellW[j][i]
			if cw > widths[i] {
				c = ansi.Truncate(c, widths[i], "…")
				cw = lipgloss.Width(c)
			}
			b.WriteString(c + strings.Repeat(" ", widths[i]-cw))
		}
		out[j] = b.String()
		if total > w {
			out[j] = ansi.Truncate(out[j], w, "…")
		}
	}
	return out
}

// funnelLines is the room's funnel by variant as a table under its
// heading, or what stands in for it before the first read or after a
// failed one.
func (m *Model) funnelLines(w int) []string {
	title := m.st.Section.Render("Funnel by variant") + m.st.Muted.Render(" · as lifesim funnel --by variant")
	f := m.funnel
	switch {
	case f.err != nil:
		return []string{title, m.st.Error.Render(draw.Line("✗ "+f.err.Error(), w))}
	case !f.loaded:
		return []string{title, m.st.Muted.Render("reading the event log…")}
	}
	lines := align(funnelTable(f.groups, m.labels))
	out := []string{title, m.st.Head.Render(draw.Line(lines[0], w))}
	for _, l := range lines[1:] {
		out = append(out, m.st.Text.Render(draw.Line(l, w)))
	}
	return out
}
