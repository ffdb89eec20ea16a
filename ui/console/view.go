package console

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

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
	rows := [][]string{{"name", "arms", "where", "connected"}}
	now := m.opts.Wall()
	for _, p := range m.people {
		rows = append(rows, []string{
			model.CleanLine(p.Name), armsText(p.Arms, m.labels), model.CleanLine(p.Where), report.Gap(now.Sub(p.Since)),
		})
	}
	lines := participantTable(rows, w)
	out := []string{title, m.st.Head.Render(lines[0])}
	room := n - 2
	people := lines[1:]
	if len(people) > room {
		more := len(people) - (room - 1)
		people = append(people[:room-1:room-1], fmt.Sprintf("… and %d more (a taller terminal shows them)", more))
	}
	for _, l := range people {
		out = append(out, m.st.Text.Render(l))
	}
	return out
}

// participantTable lays the participants' rows out in w cells: the name
// and connected time whole, the arms and the screen cut to share what is
// left.
func participantTable(rows [][]string, w int) []string {
	widths := make([]int, 4)
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], lipgloss.Width(c))
		}
	}
	gaps := 3 * len(columnGap)
	rest := max(w-widths[0]-widths[3]-gaps, 2)
	widths[1] = min(widths[1], max(rest/2, rest-widths[2]))
	widths[2] = max(rest-widths[1], 1)
	out := make([]string, len(rows))
	for j, r := range rows {
		cells := make([]string, 4)
		for i, c := range r {
			c = draw.Line(c, widths[i])
			cells[i] = c + strings.Repeat(" ", widths[i]-lipgloss.Width(c))
		}
		out[j] = draw.Line(strings.Join(cells, columnGap), w)
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
