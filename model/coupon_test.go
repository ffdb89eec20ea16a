package model

import (
	"errors"
	"testing"
	"time"
)

var (
	couponFrom  = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	couponUntil = time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
)

func testCoupon(kind CouponKind) Coupon {
	return Coupon{ID: "c", MiniProgramID: "mp", Kind: kind, DiscountCents: 1000, ThresholdCents: 3900,
		ValidFrom: couponFrom, ValidUntil: couponUntil}
}

func TestCanClaim(t *testing.T) {
	c := testCoupon(CouponSpendThreshold)
	mid := couponFrom.Add(24 * time.Hour)
	for _, tc := range []struct {
		name string
		held []ClaimedCoupon
		now  time.Time
		want error
	}{
		{"first claim", nil, mid, nil},
		{"holding others", []ClaimedCoupon{{CouponID: "other"}}, mid, nil},
		{"once per persona", []ClaimedCoupon{{CouponID: "c"}}, mid, ErrCouponClaimed},
		{"once even after use", []ClaimedCoupon{{CouponID: "c", RedeemedIn: "o-1"}}, mid, ErrCouponClaimed},
		{"before it starts", nil, couponFrom.Add(-time.Hour), nil},
		{"at its end", nil, couponUntil, ErrCouponExpired},
		{"after its end", nil, couponUntil.Add(time.Hour), ErrCouponExpired},
	} {
		if err := CanClaim(c, tc.held, tc.now); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
			t.Errorf("%s: CanClaim = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestCouponKinds(t *testing.T) {
	for _, tc := range []struct {
		kind    CouponKind
		label   string
		onPay   bool
		deal    string
		discont int64
	}{
		{CouponPayToGet, "Pay-to-get", true, "Pay-to-get · ¥10 off", 1000},
		{CouponSpendThreshold, "Spend-threshold", true, "Spend ¥39 get ¥10 off", 1000},
		{CouponPlain, "Coupon", false, "¥10 off", 1000},
		{CouponSpendThreshold, "Spend-threshold", true, "Spend ¥39 get ¥2.50 off", 250},
	} {
		c := testCoupon(tc.kind)
		c.DiscountCents = tc.discont
		if got := tc.kind.Label(); got != tc.label {
			t.Errorf("%s: Label = %q, want %q", tc.kind, got, tc.label)
		}
		if got := tc.kind.OnPaySuccess(); got != tc.onPay {
			t.Errorf("%s: OnPaySuccess = %v", tc.kind, got)
		}
		if got := CouponDeal(c); got != tc.deal {
			t.Errorf("%s: CouponDeal = %q, want %q", tc.kind, got, tc.deal)
		}
	}
}

func TestHeldCouponStatus(t *testing.T) {
	c := testCoupon(CouponPayToGet)
	mid := couponFrom.Add(24 * time.Hour)
	for _, tc := range []struct {
		name string
		held ClaimedCoupon
		now  time.Time
		want CouponStatus
	}{
		{"usable", ClaimedCoupon{CouponID: "c"}, mid, CouponUsable},
		{"not yet valid", ClaimedCoupon{CouponID: "c"}, couponFrom.Add(-time.Second), CouponUpcoming},
		{"used", ClaimedCoupon{CouponID: "c", RedeemedIn: "o-1"}, mid, CouponUsed},
		{"used, later expired, still used", ClaimedCoupon{CouponID: "c", RedeemedIn: "o-1"}, couponUntil, CouponUsed},
		{"expired at its end", ClaimedCoupon{CouponID: "c"}, couponUntil, CouponExpired},
	} {
		if got := HeldCouponStatus(c, tc.held, tc.now); got != tc.want {
			t.Errorf("%s: status %v (%s), want %s", tc.name, got, got.Label(), tc.want.Label())
		}
	}
}

func TestFormatYuanShort(t *testing.T) {
	for in, want := range map[int64]string{0: "¥0", 1000: "¥10", 1050: "¥10.50", 5: "¥0.05", -300: "-¥3"} {
		if got := FormatYuanShort(in); got != want {
			t.Errorf("FormatYuanShort(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestOfferOf(t *testing.T) {
	c := testCoupon(CouponPlain)
	mid := couponFrom.Add(24 * time.Hour)
	held := UserState{Coupons: []ClaimedCoupon{{CouponID: "c"}}}
	used := UserState{Coupons: []ClaimedCoupon{{CouponID: "c", RedeemedIn: "o-1"}}}
	other := UserState{Coupons: []ClaimedCoupon{{CouponID: "other"}}}
	for _, tc := range []struct {
		name  string
		state UserState
		now   time.Time
		want  CouponOffer
		label string
	}{
		{"not held", UserState{}, mid, OfferClaim, "Claim"},
		{"holding another", other, mid, OfferClaim, "Claim"},
		{"not held, before it starts", UserState{}, couponFrom.Add(-time.Hour), OfferClaim, "Claim"},
		{"not held, after its end", UserState{}, couponUntil, OfferExpired, "Expired"},
		{"held", held, mid, OfferUse, "Use"},
		{"held before it starts", held, couponFrom.Add(-time.Hour), OfferUse, "Use"},
		{"held after its end", held, couponUntil.Add(time.Hour), OfferExpired, "Expired"},
		{"used", used, mid, OfferUsed, "Used"},
		{"used after its end", used, couponUntil.Add(time.Hour), OfferUsed, "Used"},
	} {
		got := OfferOf(c, tc.state, tc.now)
		if got != tc.want || got.Label() != tc.label {
			t.Errorf("%s: OfferOf = %v (%q), want %v (%q)", tc.name, got, got.Label(), tc.want, tc.label)
		}
	}
}
