package model

import (
	"errors"
	"math"
	"reflect"
	"testing"
	"time"
)

func TestFormatYuan(t *testing.T) {
	tests := []struct {
		cents int64
		want  string
	}{
		{0, "¥0.00"},
		{1, "¥0.01"},
		{99, "¥0.99"},
		{100, "¥1.00"},
		{1250, "¥12.50"},
		{1205, "¥12.05"},
		{123456789, "¥1234567.89"},
		{-1, "-¥0.01"},
		{-100, "-¥1.00"},
		{-1250, "-¥12.50"},
		{math.MaxInt64, "¥92233720368547758.07"},
		{math.MinInt64, "-¥92233720368547758.08"},
	}
	for _, tt := range tests {
		if got := FormatYuan(tt.cents); got != tt.want {
			t.Errorf("FormatYuan(%d) = %q, want %q", tt.cents, got, tt.want)
		}
	}
}

var (
	shanghai  = time.FixedZone("CST", 8*3600)
	validFrom = time.Date(2026, 1, 1, 0, 0, 0, 0, shanghai)
	validTo   = time.Date(2026, 2, 1, 0, 0, 0, 0, shanghai)
	midJan    = time.Date(2026, 1, 15, 12, 0, 0, 0, shanghai)
)

// thresholdCoupon is ¥5 off orders of ¥30 or more in luckin during January.
func thresholdCoupon() Coupon {
	return Coupon{
		ID: "c-5off30", MiniProgramID: "luckin", Kind: CouponSpendThreshold,
		DiscountCents: 500, ThresholdCents: 3000, ValidFrom: validFrom, ValidUntil: validTo,
	}
}

func TestCouponDiscount(t *testing.T) {
	plain := thresholdCoupon()
	plain.Kind = CouponPlain
	payToGet := thresholdCoupon()
	payToGet.Kind = CouponPayToGet
	big := thresholdCoupon()
	big.ThresholdCents, big.DiscountCents = 100, 5000

	tests := []struct {
		name     string
		c        Coupon
		mp       MiniProgramID
		subtotal int64
		now      time.Time
		want     int64
		wantErr  error
	}{
		{"applies", thresholdCoupon(), "luckin", 4250, midJan, 500, nil},
		{"wrong mini program", thresholdCoupon(), "kfc", 4250, midJan, 0, ErrCouponWrongMerchant},
		{"wrong mini program checked before time", thresholdCoupon(), "kfc", 4250, validTo.AddDate(1, 0, 0), 0, ErrCouponWrongMerchant},
		{"not yet valid", thresholdCoupon(), "luckin", 4250, validFrom.Add(-time.Nanosecond), 0, ErrCouponNotValid},
		{"valid from is inclusive", thresholdCoupon(), "luckin", 4250, validFrom, 500, nil},
		{"last instant before valid until", thresholdCoupon(), "luckin", 4250, validTo.Add(-time.Nanosecond), 500, nil},
		{"valid until is exclusive", thresholdCoupon(), "luckin", 4250, validTo, 0, ErrCouponNotValid},
		{"valid until in another zone", thresholdCoupon(), "luckin", 4250, validTo.UTC(), 0, ErrCouponNotValid},
		{"expired", thresholdCoupon(), "luckin", 4250, validTo.Add(time.Hour), 0, ErrCouponNotValid},
		{"expired checked before threshold", thresholdCoupon(), "luckin", 100, validTo, 0, ErrCouponNotValid},
		{"below threshold", thresholdCoupon(), "luckin", 2999, midJan, 0, ErrCouponThreshold},
		{"threshold is inclusive", thresholdCoupon(), "luckin", 3000, midJan, 500, nil},
		{"plain ignores threshold", plain, "luckin", 1000, midJan, 500, nil},
		{"pay-to-get ignores threshold", payToGet, "luckin", 1000, midJan, 500, nil},
		{"plain capped at subtotal", plain, "luckin", 300, midJan, 300, nil},
		{"plain on empty order", plain, "luckin", 0, midJan, 0, nil},
		{"threshold coupon capped at subtotal", big, "luckin", 200, midJan, 200, nil},
		{"discount equal to subtotal", plain, "luckin", 500, midJan, 500, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CouponDiscount(tt.c, tt.mp, tt.subtotal, tt.now)
			if !errors.Is(err, tt.wantErr) { // errors.Is(err, nil) is err == nil
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("discount = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestPriceOrder(t *testing.T) {
	lines := []OrderLine{
		{ServiceID: "latte", Name: "Latte", Qty: 2, PriceCents: 1800},
		{ServiceID: "cookie", Name: "Cookie", Qty: 1, PriceCents: 650},
	} // 2×18.00 + 6.50 = 42.50
	order := func() Order {
		return Order{ID: "o1", MiniProgramID: "luckin", Lines: lines}
	}
	// stale has leftovers from an earlier pricing, to show they are replaced
	// on success and left alone on error.
	stale := func() Order {
		o := order()
		o.SubtotalCents, o.DiscountCents, o.TotalCents, o.CouponID = 1, 2, 3, "old"
		return o
	}
	small := Order{ID: "o2", MiniProgramID: "luckin", Lines: []OrderLine{{ServiceID: "latte", Qty: 1, PriceCents: 2000}}}

	c := thresholdCoupon()
	plainBig := thresholdCoupon()
	plainBig.ID, plainBig.Kind, plainBig.DiscountCents = "c-50", CouponPlain, 5000
	otherMP := thresholdCoupon()
	otherMP.MiniProgramID = "kfc"

	with := func(o Order, sub, disc, total int64, id CouponID) Order {
		o.SubtotalCents, o.DiscountCents, o.TotalCents, o.CouponID = sub, disc, total, id
		return o
	}

	tests := []struct {
		name    string
		in      Order
		coupon  *Coupon
		now     time.Time
		want    Order
		wantErr error
	}{
		{"no coupon", order(), nil, midJan, with(order(), 4250, 0, 4250, ""), nil},
		{"no coupon replaces stale totals", stale(), nil, midJan, with(stale(), 4250, 0, 4250, "old"), nil},
		{"threshold coupon", order(), &c, midJan, with(order(), 4250, 500, 3750, "c-5off30"), nil},
		{"coupon replaces stale totals", stale(), &c, midJan, with(stale(), 4250, 500, 3750, "c-5off30"), nil},
		{"discount capped at subtotal", order(), &plainBig, midJan, with(order(), 4250, 4250, 0, "c-50"), nil},
		{"empty order", Order{ID: "o3", MiniProgramID: "luckin"}, nil, midJan, Order{ID: "o3", MiniProgramID: "luckin"}, nil},
		{"wrong mini program leaves order", stale(), &otherMP, midJan, stale(), ErrCouponWrongMerchant},
		{"expired leaves order", stale(), &c, validTo, stale(), ErrCouponNotValid},
		{"below threshold leaves order", small, &c, midJan, small, ErrCouponThreshold},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PriceOrder(tt.in, tt.coupon, tt.now)
			if !errors.Is(err, tt.wantErr) { // errors.Is(err, nil) is err == nil
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("PriceOrder = %+v\nwant          %+v", got, tt.want)
			}
		})
	}
	if !reflect.DeepEqual(lines[0], OrderLine{ServiceID: "latte", Name: "Latte", Qty: 2, PriceCents: 1800}) {
		t.Errorf("order lines modified: %+v", lines)
	}
}
