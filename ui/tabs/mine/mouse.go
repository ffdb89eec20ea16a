package mine

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// The pointer on My Mini Programs: a tap on a row selects it and opens
// its mini program, as enter does; on the header's coupons, or on Orders
// or Collected on the places line, it opens that page, as w, o and p do.

// Ids of the persona's records, each a page of its own; a row is
// hit.Item(rowOf(section, index)).
const (
	idCoupons   = "coupons"
	idOrders    = "orders"
	idCollected = "collected"
)

// Regions is where the last View can be clicked (hit.Clickable).
func (m *Tab) Regions() *hit.Regions { return &m.hits }

// rowOf numbers row i of section s across both sections: Favourites'
// rows first.
func (m *Tab) rowOf(s section, i int) int {
	if s == secRecent {
		return len(m.favourites()) + i
	}
	return i
}

// click does what the key does on what id names; a row no longer there
// does nothing.
func (m *Tab) click(id string) tea.Cmd {
	if cmd := openPlace(id); cmd != nil {
		return cmd
	}
	row, ok := hit.ItemOf(id)
	if !ok {
		return nil
	}
	s, i := secFavourites, row
	if n := len(m.favourites()); row >= n {
		s, i = secRecent, row-n
	}
	if i >= len(m.list(s)) {
		return nil
	}
	m.sec, m.idx[s] = s, i
	e, _ := m.selected()
	return open(e)
}

// openPlace opens the page of the record id names (nil for any other id).
func openPlace(id string) tea.Cmd {
	switch id {
	case idCoupons:
		return screen.Send(nav.OpenCouponsMsg{})
	case idOrders:
		return screen.Send(nav.OpenOrdersMsg{})
	case idCollected:
		return screen.Send(nav.OpenCollectedMsg{})
	}
	return nil
}

// open opens a row's mini program.
func open(e entry) tea.Cmd {
	return screen.Send(nav.OpenMiniProgramMsg{ID: e.program.ID, Source: model.SourceMyMiniPrograms})
}
