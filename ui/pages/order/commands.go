package order

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

// couponsMsg carries the claimed, unredeemed coupons of a mini program.
type couponsMsg struct {
	Owner   screen.Owner
	Coupons []model.Coupon
	Err     error
}

// paidMsg is the committed order (authoritative: the store priced it) and
// the state after it.
type paidMsg struct {
	Owner screen.Owner
	Order model.Order
	State *model.UserState
	Err   error
}

// loadCoupons reads the persona's claimed coupons for mini program mp that
// are not yet redeemed. Whether one applies is decided at render time, as
// the quantity changes.
func loadCoupons(env screen.Env, owner screen.Owner, mp model.MiniProgramID) tea.Cmd {
	st, p := env.Store, env.Persona
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return couponsMsg{Owner: owner, Err: err}
		}
		var out []model.Coupon
		for _, cc := range s.Unredeemed() {
			if c, err := st.Coupon(cc.CouponID); err == nil && c.MiniProgramID == mp {
				out = append(out, c)
			}
		}
		return couponsMsg{Owner: owner, Coupons: out}
	}
}

// placeOrder pays for qty of svc with the coupon (empty: none) in one store
// transaction, then reads the fresh state.
func placeOrder(env screen.Env, owner screen.Owner, mp model.MiniProgram, svc model.Service, qty int, coupon model.CouponID) tea.Cmd {
	st, a := env.Store, env.Actor()
	o := model.Order{
		MiniProgramID: mp.ID,
		Lines:         []model.OrderLine{{ServiceID: svc.ID, Name: svc.Name, Qty: qty, PriceCents: svc.PriceCents}},
	}
	return func() tea.Msg {
		paid, err := st.PlaceOrder(a, o, coupon)
		if err != nil {
			return paidMsg{Owner: owner, Err: err}
		}
		msg := paidMsg{Owner: owner, Order: paid}
		if s, err := st.State(a.Persona); err == nil {
			msg.State = &s
		}
		return msg
	}
}
