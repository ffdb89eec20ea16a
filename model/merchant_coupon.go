package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// The coupon an operator creates from the console: the two kinds the
// payment-success page offers, for one of the merchant's mini programs.

// Clean returns the spec with its title cleaned of control sequences, on
// one line and trimmed. An empty title stays empty (the form shows it
// blank); Coupon gives it the deal as its title.
func (s CouponSpec) Clean() CouponSpec {
	s.Title = strings.TrimSpace(CleanLine(s.Title))
	return s
}

// Validate checks a cleaned spec at now, in the form's order, and returns
// the first problem as a *FieldError: the kind is pay-to-get or
// spend-threshold ("kind"); the mini program is one of scope's ("mini
// program"); the amount is more than ¥0 and at most ¥10,000 ("amount");
// a spend-threshold coupon's threshold is at least its amount
// ("threshold"); it is valid from a time ("valid from") until a later
// one that is after now ("valid until"), both on the simulated clock;
// the title fits MaxCouponTitleRunes ("title").
func (s CouponSpec) Validate(scope MerchantScope, now time.Time) error {
	switch {
	case s.Kind != CouponPayToGet && s.Kind != CouponSpendThreshold:
		return &FieldError{"kind", fmt.Sprintf("%q: a coupon here is pay-to-get or spend-threshold", s.Kind)}
	case s.MiniProgramID == "":
		return &FieldError{"mini program", "choose one of this merchant's mini programs"}
	case !slices.Contains(scope.MiniPrograms, s.MiniProgramID):
		return &FieldError{"mini program", fmt.Sprintf("%q is not one of this merchant's mini programs", s.MiniProgramID)}
	case s.DiscountCents <= 0:
		return &FieldError{"amount", "must be more than ¥0"}
	case s.DiscountCents > MaxCouponDiscountCents:
		return &FieldError{"amount", FormatYuan(s.DiscountCents) + " is over " + FormatYuanShort(MaxCouponDiscountCents)}
	case s.Kind == CouponSpendThreshold && s.ThresholdCents < s.DiscountCents:
		return &FieldError{"threshold", FormatYuan(s.ThresholdCents) + " is below the amount " + FormatYuan(s.DiscountCents)}
	}
	if err := s.validity(now); err != nil {
		return err
	}
	return tooLong("title", s.Title, MaxCouponTitleRunes)
}

// validity checks the coupon's window.
func (s CouponSpec) validity(now time.Time) error {
	switch {
	case s.ValidFrom.IsZero():
		return &FieldError{"valid from", "required"}
	case !InClockRange(s.ValidFrom):
		return &FieldError{"valid from", when(s.ValidFrom) + " is outside the clock's years"}
	case !InClockRange(s.ValidUntil):
		return &FieldError{"valid until", when(s.ValidUntil) + " is outside the clock's years"}
	case !s.ValidUntil.After(now):
		return &FieldError{"valid until", when(s.ValidUntil) + " is in the past"}
	case !s.ValidUntil.After(s.ValidFrom):
		return &FieldError{"valid until", when(s.ValidUntil) + " is not after valid from " + when(s.ValidFrom)}
	}
	return nil
}

// when is t as a form shows it: the date, and the time of day unless it
// is the day's start (midnight) or its end (23:59:59, as a coupon valid
// "until" a day ends, like the world's).
func when(t time.Time) string {
	h, m, sec := t.Clock()
	if h == 0 && m == 0 && sec == 0 || h == 23 && m == 59 && sec == 59 {
		return t.Format(time.DateOnly)
	}
	return t.Format("2006-01-02 15:04")
}

// Coupon is the cleaned, valid spec as merchant m's coupon id. An empty
// title becomes the deal ("Spend ¥20 get ¥5 off"); a pay-to-get coupon
// has no threshold.
func (s CouponSpec) Coupon(id CouponID, m MerchantID) Coupon {
	c := Coupon{ID: id, MerchantID: m, MiniProgramID: s.MiniProgramID, Title: s.Title, Kind: s.Kind,
		DiscountCents: s.DiscountCents, ValidFrom: s.ValidFrom, ValidUntil: s.ValidUntil}
	if s.Kind == CouponSpendThreshold {
		c.ThresholdCents = s.ThresholdCents
	}
	if c.Title == "" {
		c.Title = CouponDeal(c)
	}
	return c
}
