package actions

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// EnterCoupon does what enter means on a coupon wherever it is shown (a
// coupon window, a post, the card pack, the payment-success page), as
// model.OfferOf decided: claim it, use a held one, or say plainly that it
// is used or expired. src is where the persona is, for the event log.
func EnterCoupon(env screen.Env, c model.Coupon, offer model.CouponOffer, src model.Source) tea.Cmd {
	title := model.CleanLine(c.Title)
	switch offer {
	case model.OfferClaim:
		return ClaimCoupon(env, c, src)
	case model.OfferUse:
		return UseCoupon(env, c, src)
	case model.OfferUsed:
		return screen.Notice("Already used · " + title)
	}
	return screen.Notice("Expired · " + title)
}

// UseCoupon opens the mini program that redeems a held coupon, where the
// order page applies it. A coupon whose mini program is gone says so in
// one line instead of opening a page that cannot load.
func UseCoupon(env screen.Env, c model.Coupon, src model.Source) tea.Cmd {
	st, title := env.Store, model.CleanLine(c.Title)
	gone := screen.StatusMsg{Text: "No mini program redeems this coupon now · " + title}
	return func() tea.Msg {
		if c.MiniProgramID == "" {
			return gone
		}
		_, err := st.MiniProgram(c.MiniProgramID)
		switch {
		case errors.Is(err, store.ErrNotFound):
			return gone
		case err != nil:
			return screen.StatusMsg{Err: err}
		}
		return nav.OpenMiniProgramMsg{ID: c.MiniProgramID, Source: src}
	}
}
