package forms

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"lifesim/model"
)

// Stand-ins for the model's rules (helper M is writing them in
// model/merchant_draft.go); rules.go calls the model's once they land and
// this file goes.

func pendingCleanCoupon(s model.CouponSpec) model.CouponSpec {
	s.Title = strings.TrimSpace(model.CleanLine(s.Title))
	return s
}

func fe(field, problem string) error { return &model.FieldError{Field: field, Problem: problem} }

func pendingCheckCoupon(s model.CouponSpec, scope model.MerchantScope, now time.Time) error {
	switch {
	case s.Kind != model.CouponPayToGet && s.Kind != model.CouponSpendThreshold:
		return fe("kind", "pay-to-get or spend-threshold")
	case !slices.Contains(scope.MiniPrograms, s.MiniProgramID):
		return fe("mini program", strconv.Quote(string(s.MiniProgramID))+" is not one of the account's")
	case s.DiscountCents <= 0:
		return fe("amount", "must be more than ¥0")
	case s.DiscountCents > 1000000:
		return fe("amount", model.FormatYuan(s.DiscountCents)+" is over ¥10,000")
	case s.Kind == model.CouponSpendThreshold && s.ThresholdCents < s.DiscountCents:
		return fe("threshold", model.FormatYuan(s.ThresholdCents)+" is below the amount "+model.FormatYuan(s.DiscountCents))
	case !s.ValidUntil.After(now):
		return fe("valid until", s.ValidUntil.Format("2006-01-02")+" is in the past")
	case !s.ValidUntil.After(s.ValidFrom):
		return fe("valid until", "is before valid from")
	}
	if n := utf8.RuneCountInString(s.Title); n > model.MaxCouponTitleRunes {
		return fe("title", strconv.Itoa(n)+" characters, at most "+strconv.Itoa(model.MaxCouponTitleRunes))
	}
	return nil
}

func pendingCleanDraft(d model.MerchantDraft) model.MerchantDraft {
	d.Title = strings.TrimSpace(model.CleanLine(d.Title))
	d.Body = strings.TrimSpace(model.CleanText(d.Body))
	return d
}

func pendingCheckDraft(d model.MerchantDraft, scope model.MerchantScope) error {
	switch {
	case d.Title == "":
		return fe("title", "a post needs a title")
	case utf8.RuneCountInString(d.Title) > model.MaxPostTitleRunes:
		return fe("title", "too long")
	case d.Body == "":
		return fe("text", "a post needs some text")
	case utf8.RuneCountInString(d.Body) > model.MaxPostBodyRunes:
		return fe("text", "too long")
	case d.Kind == model.PostVideo && (d.DurationSec < 5 || d.DurationSec > 300):
		return fe("length", "a short video runs 5 to 300 seconds")
	case len(d.Components) > model.MaxMerchantComponents:
		return fe("components", "at most 3")
	}
	for _, c := range d.Components {
		if c.Kind == model.ComponentService && !slices.Contains(scope.MiniPrograms, c.MiniProgramID) {
			return fe("components", strconv.Quote(string(c.MiniProgramID))+" is not one of the account's mini programs: a post links only its own")
		}
	}
	return nil
}

func pendingCleanMessage(s string) string { return strings.TrimSpace(model.CleanText(s)) }

func pendingCheckMessage(s string) error {
	switch n := utf8.RuneCountInString(s); {
	case n == 0:
		return fe("message", "write something to send")
	case n > model.MaxMessageRunes:
		return fe("message", strconv.Itoa(n)+" characters, at most "+strconv.Itoa(model.MaxMessageRunes))
	}
	return nil
}
