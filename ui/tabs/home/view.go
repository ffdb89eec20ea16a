package home

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
)

// searchHint is the text of Home's search box.
const searchHint = "Search mini programs, accounts, content"

// emptyHint is the grid's text for a persona with nothing collected or used.
const emptyHint = "Mini programs you collect or use appear here — try / to search"

// View draws the search box, the grid and the exposure slots, scrolled so
// the selection is visible.
func (m *Tab) View() string {
	w := m.width
	if w <= 0 || m.height <= 0 {
		return ""
	}
	var blocks []string
	m.targets = m.targets[:0]
	sel := -1
	add := func(b string, selected bool, t target) {
		if selected {
			sel = len(blocks)
		}
		blocks = append(blocks, b)
		m.targets = append(m.targets, t)
	}
	add(m.searchBox(w), m.zone == zoneSearch, target{kind: onSearch})
	add("", false, target{})
	m.gridBlocks(w, add)
	if len(m.channels) > 0 {
		add("", false, target{})
		m.channelBlocks(w, add)
	}
	out := draw.Fit(m.vp.Render(blocks, sel, m.height), w, m.height)
	m.record(w)
	return out
}

// searchBox is the drawn, never-focused box that opens Search.
func (m *Tab) searchBox(w int) string {
	st := m.env.Styles
	box := st.Input
	if m.zone == zoneSearch {
		box = st.InputFocus
	}
	text := st.Muted.Render(draw.Line("🔍 "+searchHint, w-box.GetHorizontalFrameSize()))
	return box.Width(w).Render(text)
}

// heading is a section title with an optional muted note on the right.
func (m *Tab) heading(title, note string, w int) string {
	st := m.env.Styles
	return draw.Spread(st.Section.Render(title), st.Muted.Render(note), w)
}

// gridBlocks adds the "My Mini Programs" heading and the grid rows (or the
// empty-state hint).
func (m *Tab) gridBlocks(w int, add func(string, bool, target)) {
	cells, more := m.gridCells()
	note := ""
	if n := len(m.state.Favourites); n > 0 {
		note = fmt.Sprintf("★ %d collected", n)
	}
	add(m.heading("My Mini Programs", note, w), false, target{})
	if len(cells) == 0 {
		if m.loaded {
			st := m.env.Styles
			add(st.Card.Width(w).Render(st.Muted.Render(draw.Block(emptyHint, w-st.Card.GetHorizontalFrameSize(), 3))), false, target{})
		}
		return
	}
	n := m.numCells()
	cols := m.cols()
	for start := 0; start < n; start += cols {
		if start > 0 {
			add("", false, target{})
		}
		var row []string
		for i := start; i < min(start+cols, n); i++ {
			cw := cellWidth(w, cols, i-start)
			if i == len(cells) && more {
				row = append(row, m.gridCell(cw, "⋯", "More ›", i))
			} else {
				row = append(row, m.gridCell(cw, cells[i].Icon, cells[i].Name, i))
			}
		}
		add(lipgloss.JoinHorizontal(lipgloss.Top, row...), m.zone == zoneGrid && m.cell/cols == start/cols,
			target{kind: onGridRow, i: start, j: min(start+cols, n)})
	}
}

// cellWidth is the width of the grid's column col of cols across w
// cells: the leftover cells go to the first columns.
func cellWidth(w, cols, col int) int {
	if col < w%cols {
		return w/cols + 1
	}
	return w / cols
}

// gridCell draws one grid cell: the icon over the short name, centred; the
// selected cell is highlighted and its icon bracketed so the selection
// shows without colour too.
func (m *Tab) gridCell(cw int, ic, name string, i int) string {
	st := m.env.Styles
	style := st.GridCell
	top := draw.Icon(ic)
	if m.zone == zoneGrid && m.cell == i {
		style = st.GridActive
		top = "› " + top + " ‹"
	}
	name = draw.Line(name, cw-2)
	return style.Width(cw).Render(top + "\n" + name)
}

// channelBlocks adds the exposure slots: each channel's row with its
// description, and its mini programs when expanded.
func (m *Tab) channelBlocks(w int, add func(string, bool, target)) {
	st := m.env.Styles
	add(m.heading("Services", "", w), false, target{})
	for i, e := range m.channels {
		if i > 0 {
			add("", false, target{})
		}
		rowSel := m.zone == zoneChannels && m.ch == i && m.sub < 0
		right := fmt.Sprintf("%d ›", len(e.programs))
		if m.expanded == i {
			right = "▾"
		}
		title := draw.Row(st, rowSel, rowSel, w,
			[]draw.Span{draw.Text(draw.Icon(e.channel.Icon)+" ", st.Text), draw.Text(model.CleanLine(e.channel.Name), st.Title)},
			[]draw.Span{draw.Text(right, st.Muted)})
		desc := draw.Row(st, rowSel, false, w,
			[]draw.Span{draw.Text("   "+model.CleanLine(e.channel.Description), st.Muted)}, nil)
		if m.expanded == i {
			add(title+"\n"+desc, rowSel, target{kind: onChannel, i: i})
			m.subRows(w, i, add)
			continue
		}
		add(title+"\n"+desc+"\n"+draw.Row(st, rowSel, false, w, []draw.Span{draw.Text("   "+preview(e.programs), st.Subtle)}, nil), rowSel,
			target{kind: onChannel, i: i})
	}
}

// subRows adds the mini programs of the expanded channel i.
func (m *Tab) subRows(w, i int, add func(string, bool, target)) {
	st := m.env.Styles
	progs := m.channels[i].programs
	if len(progs) == 0 {
		add(st.Subtle.Render(draw.Line("     No mini programs here yet", w)), false, target{})
		return
	}
	for j, p := range progs {
		sel := m.zone == zoneChannels && m.ch == i && m.sub == j
		branch := "├ "
		if j == len(progs)-1 {
			branch = "└ "
		}
		add(draw.Row(st, sel, sel, w,
			[]draw.Span{draw.Text("   "+branch, st.Subtle), draw.Text(draw.Icon(p.Icon)+" ", st.Text), draw.Text(model.CleanLine(p.Name), st.Text)},
			[]draw.Span{draw.Text(model.CleanLine(p.Category), st.Muted)}), sel, target{kind: onProgram, i: i, j: j})
	}
}

// preview names a collapsed channel's mini programs on one line.
func preview(progs []model.MiniProgram) string {
	parts := make([]string, len(progs))
	for i, p := range progs {
		parts[i] = model.CleanLine(p.Icon) + " " + model.CleanLine(p.Name)
	}
	return strings.Join(parts, " · ")
}
