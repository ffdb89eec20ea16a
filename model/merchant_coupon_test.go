package model

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestCouponSpecValidate(t *testing.T) {
	now := t0 // 2026-01-08 09:30 UTC
	ok := CouponSpec{Title: "Spring ¥5", Kind: CouponSpendThreshold, MiniProgramID: "nhm", DiscountCents: 500, ThresholdCents: 2000,
		ValidFrom: now, ValidUntil: now.AddDate(0, 0, 30)}
	with := func(f func(*CouponSpec)) CouponSpec {
		s := ok
		f(&s)
		return s
	}
	tests := []struct {
		name string
		spec CouponSpec
		want string
	}{
		{"spend-threshold", ok, ""},
		{"pay-to-get needs no threshold", with(func(s *CouponSpec) { s.Kind, s.ThresholdCents = CouponPayToGet, 0 }), ""},
		{"a threshold equal to the amount", with(func(s *CouponSpec) { s.ThresholdCents = 500 }), ""},
		{"no title: the deal is its title", with(func(s *CouponSpec) { s.Title = "" }), ""},
		{"valid from the past, until the future", with(func(s *CouponSpec) { s.ValidFrom = now.AddDate(0, 0, -3) }), ""},
		{"a plain coupon", with(func(s *CouponSpec) { s.Kind = CouponPlain }),
			`kind: "plain": a coupon here is pay-to-get or spend-threshold`},
		{"no mini program", with(func(s *CouponSpec) { s.MiniProgramID = "" }), "mini program: choose one of this merchant's mini programs"},
		{"another merchant's mini program", with(func(s *CouponSpec) { s.MiniProgramID = "kfc" }),
			`mini program: "kfc" is not one of this merchant's mini programs`},
		{"no amount", with(func(s *CouponSpec) { s.DiscountCents = 0 }), "amount: must be more than ¥0"},
		{"a negative amount", with(func(s *CouponSpec) { s.DiscountCents = -500 }), "amount: must be more than ¥0"},
		{"¥10,000 is the most", with(func(s *CouponSpec) { s.DiscountCents, s.ThresholdCents = 1_000_000, 1_000_000 }), ""},
		{"over ¥10,000", with(func(s *CouponSpec) { s.DiscountCents, s.ThresholdCents = 1_000_001, 2_000_000 }),
			"amount: ¥10000.01 is over ¥10000"},
		{"a threshold below the amount", with(func(s *CouponSpec) { s.ThresholdCents = 300 }),
			"threshold: ¥3.00 is below the amount ¥5.00"},
		{"a validity in the past", with(func(s *CouponSpec) {
			s.ValidFrom, s.ValidUntil = now.AddDate(0, 0, -9), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		}),
			"valid until: 2026-01-01 is in the past"},
		{"a validity ending at the end of a past day", with(func(s *CouponSpec) {
			s.ValidFrom, s.ValidUntil = now.AddDate(0, 0, -9), time.Date(2026, 1, 1, 23, 59, 59, 0, time.UTC)
		}), "valid until: 2026-01-01 is in the past"},
		{"a validity ending now", with(func(s *CouponSpec) { s.ValidFrom, s.ValidUntil = now.Add(-time.Hour), now }),
			"valid until: 2026-01-08 09:30 is in the past"},
		{"a validity ending before it starts", with(func(s *CouponSpec) { s.ValidFrom, s.ValidUntil = now.AddDate(0, 0, 10), now.AddDate(0, 0, 5) }),
			"valid until: 2026-01-13 09:30 is not after valid from 2026-01-18 09:30"},
		{"no start", with(func(s *CouponSpec) { s.ValidFrom = time.Time{} }), "valid from: required"},
		{"an end past the clock's years", with(func(s *CouponSpec) { s.ValidUntil = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC) }),
			"valid until: 9999-01-01 is outside the clock's years"},
		{"a title at its limit", with(func(s *CouponSpec) { s.Title = strings.Repeat("券", 40) }), ""},
		{"a title over it", with(func(s *CouponSpec) { s.Title = strings.Repeat("券", 45) }), "title: 45 characters, at most 40"},
		{"the first problem in the form's order", with(func(s *CouponSpec) { s.DiscountCents, s.Title = 0, strings.Repeat("券", 45) }),
			"amount: must be more than ¥0"},
	}
	for _, tt := range tests {
		if got := fieldOf(t, tt.spec.Validate(nhScope(), now)); got != tt.want {
			t.Errorf("%s: %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestCouponSpecCleanAndCoupon(t *testing.T) {
	from := t0
	until := t0.AddDate(0, 0, 30)
	tests := []struct {
		name string
		spec CouponSpec
		want Coupon
	}{
		{"a title cleaned and kept",
			CouponSpec{Title: " Spring\n\x1b[1m¥5\x1b[0m ", Kind: CouponSpendThreshold, MiniProgramID: "nhm", DiscountCents: 500, ThresholdCents: 2000, ValidFrom: from, ValidUntil: until},
			Coupon{ID: "mc-1", MerchantID: "m-nh", MiniProgramID: "nhm", Title: "Spring ¥5", Kind: CouponSpendThreshold,
				DiscountCents: 500, ThresholdCents: 2000, ValidFrom: from, ValidUntil: until}},
		{"an empty title is the deal",
			CouponSpec{Title: "  ", Kind: CouponSpendThreshold, MiniProgramID: "nhm", DiscountCents: 500, ThresholdCents: 2000, ValidFrom: from, ValidUntil: until},
			Coupon{ID: "mc-1", MerchantID: "m-nh", MiniProgramID: "nhm", Title: "Spend ¥20 get ¥5 off", Kind: CouponSpendThreshold,
				DiscountCents: 500, ThresholdCents: 2000, ValidFrom: from, ValidUntil: until}},
		{"pay-to-get drops a threshold",
			CouponSpec{Kind: CouponPayToGet, MiniProgramID: "nhs", DiscountCents: 600, ThresholdCents: 2000, ValidFrom: from, ValidUntil: until},
			Coupon{ID: "mc-1", MerchantID: "m-nh", MiniProgramID: "nhs", Title: "Pay-to-get · ¥6 off", Kind: CouponPayToGet,
				DiscountCents: 600, ValidFrom: from, ValidUntil: until}},
	}
	for _, tt := range tests {
		if got := tt.spec.Clean().Coupon("mc-1", "m-nh"); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n%+v\nwant\n%+v", tt.name, got, tt.want)
		}
	}
}

func TestMerchantMessage(t *testing.T) {
	tests := []struct {
		in, clean, problem string
	}{
		{"  New menu today!\n\x1b]0;title\x07Come by. ", "New menu today!\nCome by.", ""},
		{" \n\t ", "", "message: write something to send"},
		{strings.Repeat("好", MaxMessageRunes), strings.Repeat("好", MaxMessageRunes), ""},
		{strings.Repeat("好", MaxMessageRunes+1), strings.Repeat("好", MaxMessageRunes+1), "message: 301 characters, at most 300"},
	}
	for _, tt := range tests {
		clean := CleanMessage(tt.in)
		if clean != tt.clean {
			t.Errorf("CleanMessage(%q) = %q; want %q", tt.in, clean, tt.clean)
		}
		if got := fieldOf(t, ValidateMessage(clean)); got != tt.problem {
			t.Errorf("ValidateMessage(%q) = %q; want %q", clean, got, tt.problem)
		}
	}
}
