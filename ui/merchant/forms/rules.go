package forms

import (
	"errors"
	"time"

	"lifesim/model"
)

// The rules the forms check as the operator types are the model's
// (model/merchant_draft.go); the store checks them again when it writes.
// These are the one place the forms call them.

// cleanCoupon is spec with its text cleaned.
func cleanCoupon(spec model.CouponSpec) model.CouponSpec { return spec.Clean() }

// checkCoupon is the model's verdict on a cleaned spec at now.
func checkCoupon(spec model.CouponSpec, scope model.MerchantScope, now time.Time) error {
	return spec.Validate(scope, now)
}

// cleanDraft is d with its text cleaned.
func cleanDraft(d model.MerchantDraft) model.MerchantDraft { return d.Clean() }

// checkDraft is the model's verdict on a cleaned draft.
func checkDraft(d model.MerchantDraft, scope model.MerchantScope) error {
	return d.Validate(scope)
}

// cleanMessage is text as it will be sent.
func cleanMessage(text string) string { return model.CleanMessage(text) }

// checkMessage is the model's verdict on a cleaned message.
func checkMessage(text string) error { return model.ValidateMessage(text) }

// fieldError is err's *model.FieldError, if it is one.
func fieldError(err error) (*model.FieldError, bool) {
	var fe *model.FieldError
	ok := errors.As(err, &fe)
	return fe, ok
}
