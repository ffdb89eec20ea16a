package account

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// rowKind is what a selectable row of the page is.
type rowKind int

const (
	rowProfile rowKind = iota // the follow button
	rowCoupon
	rowProgram
	rowGroup
	rowPost
)

// row is the selected row and its index within its kind.
type row struct {
	kind  rowKind
	index int
}

func (m *Page) row() row {
	i := m.sel.Row - 1
	switch {
	case i < 0:
		return row{kind: rowProfile}
	case i < len(m.coupons):
		return row{rowCoupon, i}
	case i < len(m.coupons)+len(m.programs):
		return row{rowProgram, i - len(m.coupons)}
	case i < len(m.coupons)+len(m.programs)+len(m.groups):
		return row{rowGroup, i - len(m.coupons) - len(m.programs)}
	}
	return row{rowPost, i - len(m.coupons) - len(m.programs) - len(m.groups)}
}

// handleKey moves the selection, follows, or activates the selected row.
func (m *Page) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if !m.loaded {
		return nil
	}
	if cmd, ok := m.sel.Scroll(msg, m.env.Keys, m.posts, m.count()); ok {
		return cmd
	}
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Follow) && !m.own():
		return actions.ToggleFollow(m.env, m.id, m.account.Name, m.source)
	case key.Matches(msg, k.Enter):
		return m.activate()
	}
	return nil
}

// offer is what coupon c of the window offers the persona now.
func (m *Page) offer(c model.Coupon) model.CouponOffer {
	return model.OfferOf(c, m.state, m.env.Clock())
}

// activate does what enter means on the selected row. Mini programs and
// posts opened from here carry the account-profile source (scene 1020).
func (m *Page) activate() tea.Cmd {
	r := m.row()
	switch r.kind {
	case rowCoupon:
		c := m.coupons[r.index]
		return actions.EnterCoupon(m.env, c, m.offer(c), model.SourceAccountProfile)
	case rowProgram:
		return screen.Send(nav.OpenMiniProgramMsg{ID: m.programs[r.index].ID, Source: model.SourceAccountProfile})
	case rowGroup:
		return screen.Send(nav.OpenGroupMsg{ID: m.groups[r.index].ID, Source: model.SourceAccountProfile})
	case rowPost:
		return screen.Send(nav.OpenPostMsg{ID: m.posts.Post(r.index).ID, Source: model.SourceAccountProfile})
	}
	if m.own() {
		return screen.Send(nav.OpenComposeMsg{})
	}
	return actions.ToggleFollow(m.env, m.id, m.account.Name, m.source)
}
