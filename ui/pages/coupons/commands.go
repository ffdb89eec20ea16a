package coupons

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// loadedMsg is the persona's coupons.
type loadedMsg struct {
	owner screen.Owner
	items []held
	err   error
}

// load reads the claimed coupons with their coupons and mini programs;
// one that no longer exists in the world is left out.
func (m *CardPack) load() tea.Cmd {
	st, p, owner, now := m.env.Store, m.env.Persona, m.owner, m.env.Clock()
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return loadedMsg{owner: owner, err: err}
		}
		msg := loadedMsg{owner: owner}
		for _, cc := range s.Coupons {
			c, err := st.Coupon(cc.CouponID)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				msg.err = err
				return msg
			}
			h := held{claim: cc, coupon: c, status: model.HeldCouponStatus(c, cc, now)}
			if mp, err := st.MiniProgram(c.MiniProgramID); err == nil {
				h.program = mp
			}
			msg.items = append(msg.items, h)
		}
		return msg
	}
}
