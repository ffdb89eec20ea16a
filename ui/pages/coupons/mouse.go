package coupons

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// Regions is where the page's last View can be clicked (hit.Clickable):
// the header's ‹ (back) and each coupon.
func (m *CardPack) Regions() *hit.Regions { return &m.hits }

// click is a click on a coupon: it is selected and used, as enter does
// (on a used or expired one, the page only says so).
func (m *CardPack) click(id string) tea.Cmd {
	i, ok := hit.ItemOf(id)
	if !ok || i >= len(m.items) {
		return nil
	}
	m.sel = i
	return m.use()
}
