package home

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// The pointer on Home: a tap on the search box, a grid tile (More ›
// included), a channel or one of its mini programs selects it and does
// what enter does there. View records where each is drawn (record), from
// the targets it noted beside its blocks.

// targetKind is what a block of Home's column is to a click.
type targetKind int

const (
	onNothing targetKind = iota // a heading, a gap, a hint
	onSearch
	onGridRow // tiles i up to j
	onChannel // channel i's row
	onProgram // mini program j of expanded channel i
)

// target is what block of the column a click on it acts on.
type target struct {
	kind targetKind
	i, j int
}

// Ids of Home's regions; a grid tile is hit.Item(cell).
const (
	idSearch      = "search"
	channelPrefix = "channel:" // + the channel's index
	programPrefix = "program:" // + channel index ":" mini program index
)

// Regions is where the last View can be clicked (hit.Clickable).
func (m *Tab) Regions() *hit.Regions { return &m.hits }

// record keeps the regions of the blocks the viewport showed, the view w
// cells wide: each tile of a grid row in its column, the others across.
func (m *Tab) record(w int) {
	m.hits.Reset()
	cols := m.cols()
	for _, s := range m.vp.Shown() {
		t := m.targets[s.Block]
		switch t.kind {
		case onSearch:
			m.hits.Add(idSearch, 0, s.Top, w, s.Lines, hit.ZItem)
		case onChannel:
			m.hits.Add(hit.Numbered(channelPrefix, t.i), 0, s.Top, w, s.Lines, hit.ZItem)
		case onProgram:
			m.hits.Add(programPrefix+strconv.Itoa(t.i)+":"+strconv.Itoa(t.j), 0, s.Top, w, s.Lines, hit.ZItem)
		case onGridRow:
			x := 0
			for c := t.i; c < t.j; c++ {
				cw := cellWidth(w, cols, c-t.i)
				m.hits.Add(hit.Item(c), x, s.Top, cw, s.Lines, hit.ZItem)
				x += cw
			}
		}
	}
}

// click selects what id names and does what enter does on it; an id
// Home no longer draws does nothing.
func (m *Tab) click(id string) tea.Cmd {
	if !m.selectID(id) {
		return nil
	}
	return m.activate()
}

// selectID moves the selection to what id names, and reports whether it
// is still there.
func (m *Tab) selectID(id string) bool {
	if id == idSearch {
		m.zone = zoneSearch
		return true
	}
	if c, ok := hit.ItemOf(id); ok && c < m.numCells() {
		m.zone, m.cell = zoneGrid, c
		return true
	}
	if i, ok := hit.NumberOf(channelPrefix, id); ok {
		return m.selectChannel(i)
	}
	if s, ok := strings.CutPrefix(id, programPrefix); ok {
		return m.selectProgram(s)
	}
	return false
}

// selectChannel selects channel i.
func (m *Tab) selectChannel(i int) bool {
	if i >= len(m.channels) {
		return false
	}
	m.zone, m.ch, m.sub = zoneChannels, i, -1
	return true
}

// selectProgram selects the mini program "i:j" of the expanded channel.
func (m *Tab) selectProgram(s string) bool {
	a, b, _ := strings.Cut(s, ":")
	i, err1 := strconv.Atoi(a)
	j, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || i != m.expanded || i < 0 || i >= len(m.channels) ||
		j < 0 || j >= len(m.channels[i].programs) {
		return false
	}
	m.zone, m.ch, m.sub = zoneChannels, i, j
	return true
}
