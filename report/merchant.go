package report

import (
	"errors"
	"fmt"
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

// ErrNoMerchant: the life account has no merchant behind it (a creator's
// account), so it has no private domain to report. `lifesim merchant`
// turns it into a usage error.
var ErrNoMerchant = errors.New("has no merchant")

// MerchantView is one merchant's figures kept current: the console and
// `lifesim merchant` both read a merchant through it, so they cannot
// disagree. It is not safe for concurrent use: one CatchUp at a time.
type MerchantView struct {
	src     MerchantSource
	account model.LifeAccount
	fold    *model.MerchantFold
	// The titles of posts and coupons found so far: the console asks for
	// a report on every append, and titles do not change. A title not
	// found (yet) is asked again next time.
	posts   map[model.PostID]string
	coupons map[model.CouponID]string
}

// NewMerchantView reads account's scope; CatchUp then folds the log.
// An unknown account is an error matching store.ErrNotFound; an account
// with no merchant (a creator's) one matching ErrNoMerchant.
func NewMerchantView(src MerchantSource, account model.AccountID) (*MerchantView, error) {
	acc, err := src.Account(account)
	if err != nil {
		return nil, err
	}
	if acc.MerchantID == "" {
		return nil, fmt.Errorf("life account %q: %w", account, ErrNoMerchant)
	}
	scope, err := src.MerchantScope(account)
	if err != nil {
		return nil, err
	}
	return &MerchantView{
		src: src, account: acc, fold: model.NewMerchantFold(scope),
		posts: map[model.PostID]string{}, coupons: map[model.CouponID]string{},
	}, nil
}

// Account is the life account the view reports on, as it was when the
// view was made.
func (v *MerchantView) Account() model.LifeAccount { return v.account }

// CatchUp folds the events written since the last CatchUp, a page of the
// log at a time.
func (v *MerchantView) CatchUp() error {
	return EachEvent(v.src, v.fold.Last(), func(e model.Event) error {
		v.fold.Add(e)
		return nil
	})
}

// Last is the Seq of the last event folded.
func (v *MerchantView) Last() uint64 { return v.fold.Last() }

// Report is the figures at now over days ending today, with the
// account's name and its posts' and coupons' titles filled in (a title
// the catalogue cannot give is left empty; the writers show the id).
func (v *MerchantView) Report(now time.Time, days int) model.MerchantReport {
	r := v.fold.Report(now, days)
	r.Name = v.account.Name
	for i := range r.Posts {
		r.Posts[i].Title = v.postTitle(r.Posts[i].Post)
	}
	for i := range r.Coupons {
		r.Coupons[i].Title = v.couponTitle(r.Coupons[i].Coupon)
	}
	return r
}

func (v *MerchantView) postTitle(id model.PostID) string {
	if t, ok := v.posts[id]; ok {
		return t
	}
	p, err := v.src.Post(id)
	if err != nil {
		return ""
	}
	v.posts[id] = p.Title
	return p.Title
}

func (v *MerchantView) couponTitle(id model.CouponID) string {
	if t, ok := v.coupons[id]; ok {
		return t
	}
	c, err := v.src.Coupon(id)
	if err != nil {
		return ""
	}
	v.coupons[id] = c.Title
	return c.Title
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
