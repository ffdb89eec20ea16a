package persona

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// Regions is where the picker's last View can be clicked (hit.Clickable):
// each persona's and each operator's row.
func (m *Picker) Regions() *hit.Regions { return &m.hits }

// click is a click on a row: it is selected and picked, as enter does.
func (m *Picker) click(id string) tea.Cmd {
	i, ok := hit.ItemOf(id)
	if !ok || i >= m.rows() {
		return nil
	}
	m.sel = i
	return m.pick()
}

// record records the rows of the picker's body (blocks, of which the
// first `before` are no row, drawn by m.vp from row top): a persona's
// lines but the blank under them, an operator's line but the section's
// heading over the first.
func (m *Picker) record(before, top, w int) {
	m.hits.Reset()
	m.hits.Lines(m.vp.Shown(), top, w, hit.ZItem, func(b, line, lines int) string {
		i := b - before
		switch {
		case i < 0 || i >= m.rows():
			return ""
		case i < len(m.personas) && line < lines-1, i >= len(m.personas) && line == lines-1:
			return hit.Item(i)
		}
		return ""
	})
}
