package model

import (
	"errors"
	"fmt"
	"time"
)

// FormatYuan renders cents as "¥12.50".
func FormatYuan(cents int64) string {
	sign, u := "", uint64(cents)
	if cents < 0 {
		sign, u = "-", -u // in uint64 so that math.MinInt64 does not overflow
	}
	return fmt.Sprintf("%s¥%d.%02d", sign, u/100, u%100)
}

// Errors from coupon rules, shown to the user as they are.
var (
	ErrCouponWrongMerchant = errors.New("coupon is for another mini program")
	ErrCouponNotValid      = errors.New("coupon is not valid at this time")
	ErrCouponThreshold     = errors.New("order is below the coupon's threshold")
	ErrCouponRedeemed      = errors.New("coupon has already been used")
)

// CouponDiscount is what c takes off an order of subtotal cents in mini
// program mp at time now, or the reason it cannot be applied. The discount
// never exceeds the subtotal.
func CouponDiscount(c Coupon, mp MiniProgramID, subtotal int64, now time.Time) (int64, error) {
	switch {
	case c.MiniProgramID != mp:
		return 0, ErrCouponWrongMerchant
	case now.Before(c.ValidFrom) || !now.Before(c.ValidUntil):
		return 0, ErrCouponNotValid
	case c.Kind == CouponSpendThreshold && subtotal < c.ThresholdCents:
		return 0, ErrCouponThreshold
	}
	return min(c.DiscountCents, subtotal), nil
}

// PriceOrder fills in the subtotal, discount and total of o. coupon may be
// nil; if it cannot be applied the error says why and o is unchanged.
func PriceOrder(o Order, coupon *Coupon, now time.Time) (Order, error) {
	var sub int64
	for _, l := range o.Lines {
		sub += l.PriceCents * int64(l.Qty)
	}
	var disc int64
	if coupon != nil {
		d, err := CouponDiscount(*coupon, o.MiniProgramID, sub, now)
		if err != nil {
			return o, err
		}
		disc = d
		o.CouponID = coupon.ID
	}
	o.SubtotalCents, o.DiscountCents, o.TotalCents = sub, disc, sub-disc
	return o, nil
}
