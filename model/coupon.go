package model

import (
	"errors"
	"time"
)

// Errors of the claim rule.
var (
	ErrCouponClaimed = errors.New("coupon already claimed")
	ErrCouponExpired = errors.New("coupon has expired")
)

// CanClaim is the claim rule: a persona holds a coupon at most once, and
// cannot claim it at or after its end. (A coupon may be claimed before it
// starts: it sits in the card pack until then.)
func CanClaim(c Coupon, held []ClaimedCoupon, now time.Time) error {
	for _, h := range held {
		if h.CouponID == c.ID {
			return ErrCouponClaimed
		}
	}
	if !now.Before(c.ValidUntil) {
		return ErrCouponExpired
	}
	return nil
}

// Label names the coupon mechanics as a badge does.
func (k CouponKind) Label() string {
	switch k {
	case CouponPayToGet:
		return "Pay-to-get"
	case CouponSpendThreshold:
		return "Spend-threshold"
	}
	return "Coupon"
}

// OnPaySuccess reports whether coupons of this kind are offered on the
// payment-success page: the platform has two kinds there, pay-to-get and
// spend-threshold.
func (k CouponKind) OnPaySuccess() bool {
	return k == CouponPayToGet || k == CouponSpendThreshold
}

// CouponDeal is the coupon's deal in a few words: "Pay-to-get · ¥6 off",
// "Spend ¥39 get ¥10 off", or "¥5 off".
func CouponDeal(c Coupon) string {
	off := FormatYuanShort(c.DiscountCents) + " off"
	switch c.Kind {
	case CouponPayToGet:
		return "Pay-to-get · " + off
	case CouponSpendThreshold:
		return "Spend " + FormatYuanShort(c.ThresholdCents) + " get " + off
	}
	return off
}

// CouponStatus is where a held coupon stands at now.
type CouponStatus int

const (
	CouponUsable   CouponStatus = iota // claimed, in its validity window, unused
	CouponUpcoming                     // claimed before its window opens
	CouponUsed                         // redeemed in an order
	CouponExpired                      // its window has closed unused
)

// Label is the status as the card pack shows it.
func (s CouponStatus) Label() string {
	return [...]string{"Usable", "Not yet valid", "Used", "Expired"}[s]
}

// HeldCouponStatus is the status of held coupon h (of coupon c) at now.
func HeldCouponStatus(c Coupon, h ClaimedCoupon, now time.Time) CouponStatus {
	switch {
	case h.RedeemedIn != "":
		return CouponUsed
	case !now.Before(c.ValidUntil):
		return CouponExpired
	case now.Before(c.ValidFrom):
		return CouponUpcoming
	}
	return CouponUsable
}

// FormatYuanShort is FormatYuan without ".00" on whole amounts: "¥10",
// "¥12.50", as coupon deals are written.
func FormatYuanShort(cents int64) string {
	s := FormatYuan(cents)
	if len(s) > 3 && s[len(s)-3:] == ".00" {
		return s[:len(s)-3]
	}
	return s
}

// CouponOffer is what a coupon shown to a persona (in a coupon window, a
// post, the card pack or the payment-success page) offers now, so that
// every screen draws the same button and enter does the same thing.
type CouponOffer int

const (
	OfferClaim   CouponOffer = iota // not held and still open: claim it
	OfferUse                        // held and not used or expired: open its mini program to use it
	OfferUsed                       // held and redeemed in an order
	OfferExpired                    // its window has closed (held or not)
)

// Label is the offer as its button says it.
func (o CouponOffer) Label() string {
	return [...]string{"Claim", "Use", "Used", "Expired"}[o]
}

// Offer is what a held coupon of this status offers: a coupon not yet
// valid can still be taken to its mini program, which says when it opens.
func (s CouponStatus) Offer() CouponOffer {
	switch s {
	case CouponUsed:
		return OfferUsed
	case CouponExpired:
		return OfferExpired
	}
	return OfferUse
}

// OfferOf is what coupon c offers the persona whose state is s at now.
func OfferOf(c Coupon, s UserState, now time.Time) CouponOffer {
	if h, ok := s.HeldCoupon(c.ID); ok {
		return HeldCouponStatus(c, h, now).Offer()
	}
	if !now.Before(c.ValidUntil) {
		return OfferExpired
	}
	return OfferClaim
}

// HeldCoupon is the persona's claim of coupon id, if it is in the card
// pack.
func (s UserState) HeldCoupon(id CouponID) (ClaimedCoupon, bool) {
	for _, c := range s.Coupons {
		if c.CouponID == id {
			return c, true
		}
	}
	return ClaimedCoupon{}, false
}
