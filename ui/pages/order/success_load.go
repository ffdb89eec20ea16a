package order

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// successMsg is what the payment success page shows beyond the order.
type successMsg struct {
	Owner       screen.Owner
	State       model.UserState
	CouponTitle string
	Groups      []merchantOffers
	Err         error
}

// loadSuccess reads the persona's state, the redeemed coupon's title and
// the coupons of merchants near the persona.
func loadSuccess(env screen.Env, owner screen.Owner, mp model.MiniProgram, o model.Order) tea.Cmd {
	st, p, now, radius := env.Store, env.Persona, env.Clock(), env.Settings.NearbyRadiusMetres
	noOffers := offersOff(env, o)
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return successMsg{Owner: owner, Err: err}
		}
		msg := successMsg{Owner: owner, State: s}
		if o.CouponID != "" {
			if c, err := st.Coupon(o.CouponID); err == nil {
				msg.CouponTitle = c.Title
			}
		}
		if noOffers {
			return msg // pay_success_coupons=off, or a booking: no nearby offers
		}
		persona, err := st.Persona(p)
		if err != nil {
			msg.Err = err
			return msg
		}
		msg.Groups, msg.Err = findOffers(st, persona.Location, mp.MerchantID, radius, now)
		return msg
	}
}

// findOffers is the coupons near here that the payment-success page
// offers after paying merchant paid (model.PaySuccessOffers keeps the
// rule), each merchant once under its brand name, nearest first.
func findOffers(st store.Store, here model.LatLng, paid model.MerchantID, radius float64, now time.Time) ([]merchantOffers, error) {
	near, err := st.NearbyCoupons(here, radius, now)
	if err != nil {
		return nil, err
	}
	in := make([]model.NearbyCoupon, len(near))
	for i, n := range near {
		in[i] = model.NearbyCoupon{Coupon: n.Coupon, MiniProgram: n.MiniProgram, Metres: n.Metres}
	}
	var out []merchantOffers
	for _, g := range model.PaySuccessOffers(in, paid) {
		mo := merchantOffers{Brand: brandName(st, g.MiniProgram), Icon: g.MiniProgram.Icon, Metres: g.Metres}
		for _, c := range g.Coupons {
			mo.Offers = append(mo.Offers, offer{Coupon: c.Coupon, MiniProgram: c.MiniProgram, Metres: c.Metres})
		}
		out = append(out, mo)
	}
	return out, nil
}

// brandName is the name people know mp's merchant by; without its life
// account (none bound, or unreadable) the mini program's own name.
func brandName(st store.Store, mp model.MiniProgram) string {
	var a model.LifeAccount
	if mp.AccountID != "" {
		a, _ = st.Account(mp.AccountID) // a zero account falls back to the mini program's name
	}
	return model.BrandName(mp, a)
}
