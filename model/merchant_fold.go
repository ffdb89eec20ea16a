package model

import (
	"slices"
	"time"
)

// MerchantFold folds the event log into one merchant's figures,
// incrementally: a live console adds events as they land. Add events in
// log order; events at or below Last are ignored (an event without a Seq
// is always folded, as Analysis does). It is not safe for concurrent use:
// Report sorts what it reads.
//
// What counts, for the scope's account, mini programs, posts and coupons
// (every figure is read from the event log alone):
//
//   - The operator's own events (persona MerchantPersona) are never a
//     persona's: they count nowhere, except that merchant_post and
//     coupon_create with Detail = the account add their Target to the
//     scope (a post in front, newest first; a coupon at the end), so that
//     what the console creates is counted from then on.
//   - Days: an event counts on the day of its time in now's location
//     (Report's now); events on days outside the span count only in
//     Totals, which are over the whole log.
//   - follow of the account: a follower gained, credited to
//     OriginOf(the event's source); unfollow: a follower lost.
//   - collect of a scope mini program: a collect, credited to OriginOf
//     its source; uncollect: an uncollect.
//   - open_mini_program of a scope mini program from the Home grid or My
//     Mini Programs (Source.IsRevisit): a revisit, by source.
//   - order in a scope mini program: an order; payment whose Detail is a
//     scope mini program: its Value is revenue.
//   - coupon_claim of a scope coupon: issued and claimed; coupon_redeem:
//     redeemed. lifesim gives no coupon without a claim (a pay-to-get
//     coupon on the payment-success page is claimed there, by the
//     persona), so Issued always equals Claimed.
//
// The funnel and the posts' figures are defined on merchantFunnel and
// merchantContent.
type MerchantFold struct {
	scope MerchantScope
	last  uint64
	in    scopeSets
	span  merchantDays
	fun   merchantFunnel
	con   merchantContent
}

// scopeSets answers "is it the merchant's?" for the scope's ids.
type scopeSets struct {
	mps     map[string]bool
	posts   map[string]bool
	coupons map[string]bool
}

// NewMerchantFold is an empty fold over scope.
func NewMerchantFold(scope MerchantScope) *MerchantFold {
	f := &MerchantFold{
		scope: scope,
		in:    scopeSets{mps: map[string]bool{}, posts: map[string]bool{}, coupons: map[string]bool{}},
		span:  newMerchantDays(),
		fun:   merchantFunnel{personas: map[PersonaID]*merchantPersona{}, tallies: map[GroupKey]*merchantTally{}},
		con:   newMerchantContent(),
	}
	f.scope.MiniPrograms = slices.Clone(scope.MiniPrograms)
	f.scope.Posts = slices.Clone(scope.Posts)
	f.scope.Coupons = slices.Clone(scope.Coupons)
	f.scope.Groups = slices.Clone(scope.Groups)
	for _, id := range scope.MiniPrograms {
		f.in.mps[string(id)] = true
	}
	for _, id := range scope.Posts {
		f.in.posts[string(id)] = true
	}
	for _, id := range scope.Coupons {
		f.in.coupons[string(id)] = true
	}
	return f
}

// Scope is the fold's scope now: the one it was made with, and the posts
// and coupons the operator created since.
func (f *MerchantFold) Scope() MerchantScope {
	s := f.scope
	s.MiniPrograms = slices.Clone(s.MiniPrograms)
	s.Posts = slices.Clone(s.Posts)
	s.Coupons = slices.Clone(s.Coupons)
	s.Groups = slices.Clone(s.Groups)
	return s
}

// Last is the Seq of the last event added.
func (f *MerchantFold) Last() uint64 { return f.last }

// Add folds events.
func (f *MerchantFold) Add(events ...Event) {
	for _, e := range events {
		if e.Seq != 0 {
			if e.Seq <= f.last {
				continue
			}
			f.last = e.Seq
		}
		f.add(e)
	}
}

func (f *MerchantFold) add(e Event) {
	if _, op := e.Persona.MerchantAccount(); op {
		f.grow(e)
		return
	}
	f.span.add(f, e)
	f.fun.add(f, e)
	f.con.add(f, e)
}

// grow adds what the operator created to the scope.
func (f *MerchantFold) grow(e Event) {
	if e.Detail != string(f.scope.Account) || e.Target == "" {
		return
	}
	switch e.Kind {
	case EventMerchantPost:
		if !f.in.posts[e.Target] {
			f.in.posts[e.Target] = true
			f.scope.Posts = slices.Insert(f.scope.Posts, 0, PostID(e.Target))
		}
	case EventCouponCreate:
		if !f.in.coupons[e.Target] {
			f.in.coupons[e.Target] = true
			f.scope.Coupons = append(f.scope.Coupons, CouponID(e.Target))
		}
	}
}

// Report is the figures at now over the days ending today (days ≥ 1;
// less is read as 1). Titles and the account's name are left for the
// caller, which has the catalogue. The maps hold every key a report
// lists, zeros included: every origin, both revisit sources, every
// component kind.
func (f *MerchantFold) Report(now time.Time, days int) MerchantReport {
	r := MerchantReport{Account: f.scope.Account, Now: now}
	r.Days, r.Totals = f.span.report(now, max(days, 1))
	r.FollowsBy, r.CollectsBy, r.RevisitsBy = f.span.byOrigin()
	r.Funnel = f.fun.groups()
	r.Posts, r.Coupons = f.con.report(f.scope)
	return r
}
