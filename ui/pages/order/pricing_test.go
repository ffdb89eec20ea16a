package order

import (
	"testing"
	"time"

	"lifesim/model"
)

func TestBestCoupon(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	valid := func(id string, kind model.CouponKind, off, over int64, until time.Time) model.Coupon {
		return model.Coupon{ID: model.CouponID(id), MiniProgramID: "mp", Kind: kind, DiscountCents: off,
			ThresholdCents: over, ValidFrom: now.AddDate(0, -1, 0), ValidUntil: until}
	}
	later, sooner := now.AddDate(0, 2, 0), now.AddDate(0, 1, 0)
	cs := []model.Coupon{
		valid("a-plain5", model.CouponPlain, 500, 0, later),
		valid("b-over100", model.CouponSpendThreshold, 1500, 10000, later),
		valid("c-plain5-soon", model.CouponPlain, 500, 0, sooner),
		valid("d-expired", model.CouponPlain, 9000, 0, now),
	}
	tests := []struct {
		subtotal int64
		want     model.CouponID
		disc     int64
	}{
		{2000, "c-plain5-soon", 500}, // tie broken by earlier expiry
		{10000, "b-over100", 1500},
		{300, "c-plain5-soon", 300}, // never more than the subtotal
	}
	for _, tt := range tests {
		c, d, ok := bestCoupon(cs, "mp", tt.subtotal, now)
		if !ok || c.ID != tt.want || d != tt.disc {
			t.Errorf("bestCoupon(%d) = %s %d %v, want %s %d", tt.subtotal, c.ID, d, ok, tt.want, tt.disc)
		}
	}
	if _, _, ok := bestCoupon(cs, "other", 5000, now); ok {
		t.Error("coupons of another mini program applied")
	}
	if c, gap, ok := nextThreshold(cs, "mp", 8000, now); !ok || c.ID != "b-over100" || gap != 2000 {
		t.Errorf("nextThreshold = %s %d %v", c.ID, gap, ok)
	}
}

func TestFormatDistance(t *testing.T) {
	t.Parallel()
	for m, want := range map[float64]string{0: "0 m", 97.4: "97 m", 320.5: "321 m", 1000: "1 km", 1234: "1.2 km"} {
		if got := formatDistance(m); got != want {
			t.Errorf("formatDistance(%v) = %q, want %q", m, got, want)
		}
	}
}
