package orders

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// Regions is where the page's last View can be clicked (hit.Clickable):
// the header's ‹ (back) and each order.
func (m *List) Regions() *hit.Regions { return &m.hits }

// click is a click on an order: it is selected and its mini program
// opened, as enter does.
func (m *List) click(id string) tea.Cmd {
	i, ok := hit.ItemOf(id)
	if !ok || i >= len(m.state.Orders) {
		return nil
	}
	m.sel = i
	return m.open()
}
