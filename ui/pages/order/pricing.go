package order

import (
	"errors"
	"time"

	"lifesim/model"
)

// bestCoupon is the claimed coupon that takes the most off an order of
// subtotal in mini program mp at now; ties go to the one expiring first,
// then the lowest id, so the choice is stable.
func bestCoupon(cs []model.Coupon, mp model.MiniProgramID, subtotal int64, now time.Time) (model.Coupon, int64, bool) {
	var best model.Coupon
	var disc int64
	found := false
	for _, c := range cs {
		d, err := model.CouponDiscount(c, mp, subtotal, now)
		if err != nil || d <= 0 {
			continue
		}
		better := !found || d > disc ||
			(d == disc && (c.ValidUntil.Before(best.ValidUntil) ||
				(c.ValidUntil.Equal(best.ValidUntil) && c.ID < best.ID)))
		if better {
			best, disc, found = c, d, true
		}
	}
	return best, disc, found
}

// nextThreshold is the spend-threshold coupon closest to being reached and
// how much more the order needs, for the "spend ¥x more" hint.
func nextThreshold(cs []model.Coupon, mp model.MiniProgramID, subtotal int64, now time.Time) (model.Coupon, int64, bool) {
	var next model.Coupon
	var gap int64
	found := false
	for _, c := range cs {
		_, err := model.CouponDiscount(c, mp, subtotal, now)
		if !errors.Is(err, model.ErrCouponThreshold) {
			continue
		}
		if g := c.ThresholdCents - subtotal; !found || g < gap {
			next, gap, found = c, g, true
		}
	}
	return next, gap, found
}
