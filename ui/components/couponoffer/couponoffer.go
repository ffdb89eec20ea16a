// Package couponoffer draws the button a coupon shows beside its title
// (Claim, Use ›, Used, Expired) and names what enter does on it, so the
// account page, a post and the payment-success page agree; what the
// coupon offers is decided by model.OfferOf.
package couponoffer

import (
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/keys"
	"lifesim/ui/styles"
)

// Button is the offer as a button. Used and expired coupons are muted
// words, not buttons: enter does nothing to them but say so.
func Button(st *styles.Styles, o model.CouponOffer) string { return Style(st, o).Render(Text(o)) }

// Text is the button's words: "Claim", "Use ›", "Used", "Expired".
func Text(o model.CouponOffer) string {
	if o == model.OfferUse {
		return o.Label() + " ›" // it leads on, to the mini program
	}
	return o.Label()
}

// Style is the style of the button, for rows that style their own parts
// (draw.Row).
func Style(st *styles.Styles, o model.CouponOffer) lipgloss.Style {
	switch o {
	case model.OfferClaim:
		return st.Button
	case model.OfferUse:
		return st.ButtonOn
	}
	return st.Muted
}

// Enter is the enter binding labelled for the offer: "claim" or "use";
// disabled (so it leaves the help) on a used or expired coupon.
func Enter(k *keys.Map, o model.CouponOffer) key.Binding {
	switch o {
	case model.OfferClaim:
		return keys.Relabel(k.Enter, "claim")
	case model.OfferUse:
		return keys.Relabel(k.Enter, "use")
	}
	b := keys.Relabel(k.Enter, "")
	b.SetEnabled(false)
	return b
}
