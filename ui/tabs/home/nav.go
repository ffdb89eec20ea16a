package home

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// Selection moves over one column of places: the search box, the grid
// (a cols-wide matrix where ← → also work), then the channel rows, each
// followed by its mini programs when expanded.

func (m *Tab) cols() int { return max(m.env.Settings.GridColumns, 1) }

func (m *Tab) clampCell() {
	m.cell = draw.Clamp(m.cell, m.numCells())
	if m.zone == zoneGrid && m.numCells() == 0 {
		m.zone = zoneSearch
	}
}

func (m *Tab) moveUp() {
	switch m.zone {
	case zoneGrid:
		if m.cell >= m.cols() {
			m.cell -= m.cols()
		} else {
			m.zone = zoneSearch
		}
	case zoneChannels:
		switch {
		case m.sub >= 0:
			m.sub--
		case m.ch > 0:
			m.ch--
			if m.ch == m.expanded {
				m.sub = len(m.channels[m.ch].programs) - 1
			}
		default:
			m.enterGridFromBelow()
		}
	}
}

// enterGridFromBelow selects the grid's last row (same column if it has
// one), or the search box when the grid is empty.
func (m *Tab) enterGridFromBelow() {
	n := m.numCells()
	if n == 0 {
		m.zone = zoneSearch
		return
	}
	m.zone = zoneGrid
	lastRow := (n - 1) / m.cols()
	m.cell = min(lastRow*m.cols()+m.cell%m.cols(), n-1)
}

func (m *Tab) moveDown() {
	n := m.numCells()
	switch m.zone {
	case zoneSearch:
		if n > 0 {
			m.zone, m.cell = zoneGrid, 0
		} else {
			m.enterChannels()
		}
	case zoneGrid:
		switch {
		case m.cell+m.cols() < n:
			m.cell += m.cols()
		case m.cell/m.cols() < (n-1)/m.cols():
			m.cell = n - 1 // the row below is shorter
		default:
			m.enterChannels()
		}
	case zoneChannels:
		if m.ch == m.expanded && m.sub < len(m.channels[m.ch].programs)-1 {
			m.sub++
		} else if m.ch < len(m.channels)-1 {
			m.ch, m.sub = m.ch+1, -1
		}
	}
}

func (m *Tab) enterChannels() {
	if len(m.channels) > 0 {
		m.zone, m.ch, m.sub = zoneChannels, 0, -1
	}
}

// moveLeft moves along the grid; on a channel it collapses the channel.
func (m *Tab) moveLeft() {
	switch m.zone {
	case zoneGrid:
		m.cell = max(m.cell-1, 0)
	case zoneChannels:
		if m.expanded == m.ch {
			m.expanded, m.sub = -1, -1
		}
	}
}

// moveRight moves along the grid; on a channel it expands the channel.
func (m *Tab) moveRight() {
	switch m.zone {
	case zoneGrid:
		m.cell = min(m.cell+1, m.numCells()-1)
	case zoneChannels:
		if m.expanded != m.ch {
			m.expanded, m.sub = m.ch, -1
		}
	}
}

// activate is enter on the selection.
func (m *Tab) activate() tea.Cmd {
	switch m.zone {
	case zoneSearch:
		return screen.Send(nav.SwitchTabMsg{Tab: nav.TabSearch, FocusInput: true})
	case zoneGrid:
		cells, more := m.gridCells()
		if more && m.cell == len(cells) {
			return screen.Send(nav.SwitchTabMsg{Tab: nav.TabMine})
		}
		if m.cell < len(cells) {
			return open(cells[m.cell].ID, model.SourceHomeGrid)
		}
	case zoneChannels:
		if len(m.channels) == 0 {
			return nil
		}
		if m.sub >= 0 {
			return open(m.channels[m.ch].programs[m.sub].ID, model.SourceHome)
		}
		if m.expanded == m.ch {
			m.expanded = -1
		} else {
			m.expanded = m.ch
		}
	}
	return nil
}

func open(id model.MiniProgramID, src model.Source) tea.Cmd {
	return screen.Send(nav.OpenMiniProgramMsg{ID: id, Source: src})
}
