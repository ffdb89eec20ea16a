package report

import (
	"errors"
	"io"
	"time"

	"lifesim/model"
	"lifesim/store"
)

// MerchantSource is what a merchant's figures are read from: the log, the
// catalogue (names and titles) and the merchant's scope.
type MerchantSource interface {
	store.EventLog
	store.Catalog
	store.Merchants
}

// MerchantView is one merchant's figures kept current: the console and
// `lifesim merchant` both read a merchant through it, so they cannot
// disagree. It is not safe for concurrent use: one CatchUp at a time.
type MerchantView struct {
	src     MerchantSource
	account model.LifeAccount
	fold    *model.MerchantFold
}

// NewMerchantView reads account's scope; CatchUp then folds the log.
// An unknown account is an error matching store.ErrNotFound.
func NewMerchantView(src MerchantSource, account model.AccountID) (*MerchantView, error) {
	return nil, errors.New("the merchant's side is being built")
}

// CatchUp folds the events written since the last CatchUp.
func (v *MerchantView) CatchUp() error { return nil }

// Last is the Seq of the last event folded.
func (v *MerchantView) Last() uint64 { return v.fold.Last() }

// Report is the figures at now over days ending today, with the
// account's name and its posts' and coupons' titles filled in.
func (v *MerchantView) Report(now time.Time, days int) model.MerchantReport {
	return v.fold.Report(now, days)
}

// MerchantReport reads account's report in one go: NewMerchantView,
// CatchUp, Report.
func MerchantReport(src MerchantSource, account model.AccountID, now time.Time, days int) (model.MerchantReport, error) {
	v, err := NewMerchantView(src, account)
	if err != nil {
		return model.MerchantReport{}, err
	}
	if err := v.CatchUp(); err != nil {
		return model.MerchantReport{}, err
	}
	return v.Report(now, days), nil
}

// WriteMerchant prints r as a table for people; WriteMerchantJSON as the
// stable JSON shape documented in the README.
func WriteMerchant(w io.Writer, r model.MerchantReport) error { return nil }

// WriteMerchantJSON: see WriteMerchant.
func WriteMerchantJSON(w io.Writer, r model.MerchantReport) error { return nil }
