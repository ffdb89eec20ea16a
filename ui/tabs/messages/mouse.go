package messages

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// Regions is where the last View can be clicked (hit.Clickable): each
// row, hit.Item(its index in items).
func (m *Tab) Regions() *hit.Regions { return &m.hits }

// click selects the row id names and opens it, as enter does; a row no
// longer there does nothing.
func (m *Tab) click(id string) tea.Cmd {
	i, ok := hit.ItemOf(id)
	items := m.items()
	if !ok || i >= len(items) {
		return nil
	}
	m.sel = items[i].key()
	return m.open(items[i])
}
