package model

import (
	"reflect"
	"testing"
	"time"
)

// The merchant of the fold tests: account nh of merchant m-nh, with two
// mini programs, two posts (p1 the newer) and a coupon. Anything "kfc"
// or "other" belongs to someone else.
func nhScope() MerchantScope {
	return MerchantScope{Account: "nh", Merchant: "m-nh", MiniPrograms: []MiniProgramID{"nhm", "nhs"},
		Posts: []PostID{"p1", "p2"}, Coupons: []CouponID{"c1"}, Groups: []GroupID{"g1"}}
}

// me is an event of persona p in session s at t0+at, outside any arm.
func me(p PersonaID, s string, at time.Duration, kind EventKind, target string, src Source, detail string) Event {
	return Event{Persona: p, Session: s, At: t0.Add(at), Kind: kind, Target: target, Source: src, Detail: detail}
}

// pay is the payment of an order in mini program mp.
func pay(p PersonaID, s string, at time.Duration, mp string, cents int64) Event {
	e := me(p, s, at, EventPayment, "o-1", "", mp)
	e.Value = cents
	return e
}

// inArm puts e in collect_guidance's arm.
func inArm(arm string, e Event) Event {
	e.Variants = map[string]string{ExpCollectGuidance: arm}
	return e
}

// nhReport folds es (numbered in order) over nhScope and reports today.
func nhReport(es ...Event) MerchantReport {
	f := NewMerchantFold(nhScope())
	f.Add(log(es...)...)
	return f.Report(t0, 1)
}

var operator = MerchantPersona("nh")

// Each figure of a day, and the origins followers and collects are
// credited to, from events of one kind each.
func TestMerchantFoldFigures(t *testing.T) {
	tests := []struct {
		name     string
		events   []Event
		want     MerchantDay
		follows  map[Origin]int // the non-zero origins
		collects map[Origin]int
		revisits map[Source]int
	}{
		{"a follow is credited to its origin",
			[]Event{me("A", "s1", 0, EventFollow, "nh", SourceSearch, ""), me("B", "s2", 0, EventFollow, "nh", SourceFollowPrompt, "")},
			MerchantDay{FollowersGained: 2}, map[Origin]int{OriginSearch: 1, OriginFollowPrompt: 1}, nil, nil},
		{"a follow without a source is unknown",
			[]Event{me("A", "s1", 0, EventFollow, "nh", "", "")},
			MerchantDay{FollowersGained: 1}, map[Origin]int{OriginUnknown: 1}, nil, nil},
		{"an unfollow is a follower lost, the follow still gained",
			[]Event{me("A", "s1", 0, EventFollow, "nh", SourceFeed, ""), me("A", "s1", time.Minute, EventUnfollow, "nh", SourceFeed, "")},
			MerchantDay{FollowersGained: 1, FollowersLost: 1}, map[Origin]int{OriginFeed: 1}, nil, nil},
		{"another account's follow is not counted",
			[]Event{me("A", "s1", 0, EventFollow, "kfc", SourceSearch, "")},
			MerchantDay{}, nil, nil, nil},
		{"collects of its mini programs by origin, and uncollects",
			[]Event{me("A", "s1", 0, EventCollect, "nhm", SourcePaySuccess, ""), me("A", "s1", 1, EventCollect, "nhs", SourceAccountProfile, ""),
				me("A", "s1", 2, EventCollect, "kfc", SourceSearch, ""), me("A", "s1", 3, EventUncollect, "nhm", "", "")},
			MerchantDay{Collects: 2, Uncollects: 1}, nil, map[Origin]int{OriginPaySuccess: 1, OriginAccount: 1}, nil},
		{"revisits are opens from the Home grid and My Mini Programs",
			[]Event{me("A", "s1", 0, EventOpenMiniProgram, "nhm", SourceHomeGrid, ""), me("A", "s1", 1, EventOpenMiniProgram, "nhs", SourceMyMiniPrograms, ""),
				me("A", "s1", 2, EventOpenMiniProgram, "nhm", SourceSearch, ""), me("A", "s1", 3, EventOpenMiniProgram, "kfc", SourceHomeGrid, "")},
			MerchantDay{Revisits: 2}, nil, nil, map[Source]int{SourceHomeGrid: 1, SourceMyMiniPrograms: 1}},
		{"orders and revenue of its mini programs only",
			[]Event{me("A", "s1", 0, EventOrder, "nhm", "", "o-1"), pay("A", "s1", 0, "nhm", 1800),
				me("A", "s1", 1, EventOrder, "kfc", "", "o-2"), pay("A", "s1", 1, "kfc", 3000)},
			MerchantDay{Orders: 1, RevenueCents: 1800}, nil, nil, nil},
		{"a claim is issued and claimed; a redemption redeemed",
			[]Event{me("A", "s1", 0, EventCouponClaim, "c1", SourcePaySuccess, ""), me("A", "s1", 1, EventCouponRedeem, "c1", "", "o-1"),
				me("A", "s1", 2, EventCouponClaim, "c-other", SourcePaySuccess, "")},
			MerchantDay{CouponsIssued: 1, CouponsClaimed: 1, CouponsRedeemed: 1}, nil, nil, nil},
		{"the operator's own events count nowhere",
			[]Event{me(operator, "op", 0, EventFollow, "nh", SourceSearch, ""), me(operator, "op", 1, EventCollect, "nhm", SourceSearch, ""),
				me(operator, "op", 2, EventOrder, "nhm", "", "o-1"), pay(operator, "op", 2, "nhm", 500),
				me(operator, "op", 3, EventCouponClaim, "c1", SourcePostComponent, "")},
			MerchantDay{}, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := nhReport(tt.events...)
			if r.Totals != tt.want {
				t.Errorf("totals %+v; want %+v", r.Totals, tt.want)
			}
			today := r.Days[0]
			if today.Day = (time.Time{}); today != tt.want {
				t.Errorf("today %+v; want %+v", today, tt.want)
			}
			if got := nonZero(r.FollowsBy); !reflect.DeepEqual(got, orNone(tt.follows)) {
				t.Errorf("follows by origin %v; want %v", got, tt.follows)
			}
			if got := nonZero(r.CollectsBy); !reflect.DeepEqual(got, orNone(tt.collects)) {
				t.Errorf("collects by origin %v; want %v", got, tt.collects)
			}
			if got := nonZero(r.RevisitsBy); !reflect.DeepEqual(got, orNone(tt.revisits)) {
				t.Errorf("revisits by source %v; want %v", got, tt.revisits)
			}
		})
	}
}

func nonZero[K comparable](m map[K]int) map[K]int {
	out := map[K]int{}
	for k, n := range m {
		if n != 0 {
			out[k] = n
		}
	}
	return out
}

func orNone[K comparable](m map[K]int) map[K]int {
	if m == nil {
		return map[K]int{}
	}
	return m
}

// A report lists every origin, both revisit sources and every component
// kind, with zeros, so that tables and JSON have the same rows every time.
func TestMerchantReportKeys(t *testing.T) {
	r := nhReport()
	if len(r.FollowsBy) != len(Origins) || len(r.CollectsBy) != len(Origins) {
		t.Errorf("by origin: %v, %v; want all %d origins", r.FollowsBy, r.CollectsBy, len(Origins))
	}
	if _, ok := r.RevisitsBy[SourceMyMiniPrograms]; !ok || len(r.RevisitsBy) != 2 {
		t.Errorf("revisits by source %v; want home_grid and my_mini_programs", r.RevisitsBy)
	}
	if len(r.Posts) != 2 || len(r.Posts[0].Clicks) != 3 {
		t.Errorf("posts %+v; want p1 and p2 with three click kinds", r.Posts)
	}
	if len(r.Funnel) != 1 || r.Funnel[0].Name() != "all" {
		t.Errorf("funnel %+v; want the group of all, empty", r.Funnel)
	}
	if r.Account != "nh" || !r.Now.Equal(t0) {
		t.Errorf("account %q, now %v", r.Account, r.Now)
	}
}

// Events count on their day in now's location; days outside the span
// count only in the totals.
func TestMerchantDays(t *testing.T) {
	at := func(s string) time.Duration {
		tm, err := time.Parse(time.DateTime, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm.Sub(t0)
	}
	es := []Event{
		me("A", "s1", at("2026-01-05 15:00:00"), EventOrder, "nhm", "", "o-1"),          // CST Jan 5 23:00
		me("A", "s1", at("2026-01-05 17:00:00"), EventCollect, "nhm", SourceSearch, ""), // CST Jan 6 01:00
		me("B", "s2", at("2026-01-07 15:00:00"), EventFollow, "nh", SourceSearch, ""),   // CST Jan 7 23:00
		me("C", "s3", at("2026-01-07 20:00:00"), EventFollow, "nh", SourceSearch, ""),   // CST Jan 8 04:00
	}
	cst := time.FixedZone("CST", 8*3600)
	tests := []struct {
		loc     *time.Location
		days    int
		first   time.Time
		follows []int
		collect []int
		orders  []int
	}{
		{cst, 3, time.Date(2026, 1, 6, 0, 0, 0, 0, cst), []int{0, 1, 1}, []int{1, 0, 0}, []int{0, 0, 0}},
		{time.UTC, 3, time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC), []int{0, 2, 0}, []int{0, 0, 0}, []int{0, 0, 0}},
		{time.UTC, 4, time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), []int{0, 0, 2, 0}, []int{1, 0, 0, 0}, []int{1, 0, 0, 0}},
		{cst, 0, time.Date(2026, 1, 8, 0, 0, 0, 0, cst), []int{1}, []int{0}, []int{0}}, // fewer than one day is one
	}
	for _, tt := range tests {
		f := NewMerchantFold(nhScope())
		f.Add(log(es...)...)
		r := f.Report(t0.In(tt.loc), tt.days)
		var follows, collects, orders []int
		for i, d := range r.Days {
			if want := tt.first.AddDate(0, 0, i); !d.Day.Equal(want) || d.Day.Location() != tt.loc {
				t.Errorf("%s %d days: day %d is %v; want %v", tt.loc, tt.days, i, d.Day, want)
			}
			follows, collects, orders = append(follows, d.FollowersGained), append(collects, d.Collects), append(orders, d.Orders)
		}
		if !reflect.DeepEqual(follows, tt.follows) || !reflect.DeepEqual(collects, tt.collect) || !reflect.DeepEqual(orders, tt.orders) {
			t.Errorf("%s %d days: follows %v collects %v orders %v; want %v %v %v",
				tt.loc, tt.days, follows, collects, orders, tt.follows, tt.collect, tt.orders)
		}
		if tot := r.Totals; tot.FollowersGained != 2 || tot.Collects != 1 || tot.Orders != 1 {
			t.Errorf("%s: totals %+v; want 2 follows, 1 collect, 1 order", tt.loc, tot)
		}
	}
}
