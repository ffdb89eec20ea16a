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
	Merchant    string
	CouponTitle string
	Offers      []offer
	Err         error
}

// loadSuccess reads the persona's state, the receipt's names and the
// coupons of merchants near the persona.
func loadSuccess(env screen.Env, owner screen.Owner, mp model.MiniProgram, o model.Order) tea.Cmd {
	st, p, now, radius := env.Store, env.Persona, env.Clock(), env.Settings.NearbyRadiusMetres
	noOffers := offersOff(env, o)
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return successMsg{Owner: owner, Err: err}
		}
		msg := successMsg{Owner: owner, State: s, Merchant: merchantName(st, mp.MerchantID, "")}
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
		msg.Offers, msg.Err = findOffers(st, persona.Location, mp.MerchantID, radius, now)
		return msg
	}
}

// findOffers finds the coupons of other merchants near here that the
// payment-success page offers (the two real kinds: pay-to-get and
// spend-threshold), named by merchant, nearest first.
func findOffers(st store.Store, here model.LatLng, exclude model.MerchantID, radius float64, now time.Time) ([]offer, error) {
	near, err := st.NearbyCoupons(here, radius, now)
	if err != nil {
		return nil, err
	}
	var out []offer
	for _, n := range near {
		if n.Coupon.MerchantID != exclude && n.Coupon.Kind.OnPaySuccess() {
			out = append(out, offer{Coupon: n.Coupon, MiniProgram: n.MiniProgram,
				Merchant: merchantName(st, n.Coupon.MerchantID, n.MiniProgram.Name), Metres: n.Metres})
		}
	}
	return out, nil
}

// merchantName is the merchant's name, or fallback when it cannot be read.
func merchantName(st store.Store, id model.MerchantID, fallback string) string {
	if m, err := st.Merchant(id); err == nil && m.Name != "" {
		return m.Name
	}
	return fallback
}
