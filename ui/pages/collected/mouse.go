package collected

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// Regions is where the page's last View can be clicked (hit.Clickable):
// the header's ‹ (back) and each post.
func (m *List) Regions() *hit.Regions { return &m.hits }

// click is a click on a post: it is selected and opened, as enter does.
func (m *List) click(id string) tea.Cmd {
	i, ok := hit.ItemOf(id)
	if !ok || i >= len(m.items) {
		return nil
	}
	m.sel = i
	return m.open()
}
