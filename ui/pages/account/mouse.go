package account

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// Where a click acts on the page (package hit): the header's ‹, and
// each selectable row as hit.Item of its row: the follow button (or, on
// the persona's own page, New post), each coupon of the window (a click
// anywhere on it, its Claim too, claims it), mini program, group and
// post. A click selects the row and does what enter does there.

// Regions is where the last View can be clicked (hit.Clickable).
func (m *Page) Regions() *hit.Regions { return &m.hits }

// record records the header's ‹ and title on row 0, and each selectable
// block the window showed, the window's first row being row top; index
// maps selectable row i to its block.
func (m *Page) record(top int, index []int) {
	m.hits.Blocks(m.sel.VP.Shown(), top, m.width, hit.ZItem, hit.Indexed(index))
}

// click selects the row clicked and does what enter does there; an id
// the page no longer draws does nothing.
func (m *Page) click(id string) tea.Cmd {
	i, ok := hit.ItemOf(id)
	if !ok || !m.loaded || i >= m.count() {
		return nil
	}
	return tea.Batch(m.sel.Move(m.posts, i-m.sel.Row, m.count()), m.activate())
}
