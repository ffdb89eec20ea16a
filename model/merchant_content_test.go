package model

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// What each post did, one rule per case: the figures of p1 and p2 (in
// the scope's order, newest first).
func TestMerchantPostStats(t *testing.T) {
	clicks := func(service, coupon, group int) map[ComponentKind]int {
		return map[ComponentKind]int{ComponentService: service, ComponentCoupon: coupon, ComponentGroup: group}
	}
	none := clicks(0, 0, 0)
	tests := []struct {
		name   string
		events []Event
		p1, p2 PostStats
	}{
		{"opens from anywhere",
			[]Event{me("A", "s1", 0, EventOpenPost, "p1", SourceFeed, ""), me("B", "s2", 0, EventOpenPost, "p1", SourceMessages, ""),
				me("B", "s2", 1, EventOpenPost, "p-other", SourceFeed, "")},
			PostStats{Opens: 2}, PostStats{}},
		{"likes and collects net of their undoing; comments and forwards",
			[]Event{me("A", "s1", 0, EventLike, "p1", "", ""), me("B", "s2", 0, EventLike, "p1", "", ""), me("A", "s1", 1, EventUnlike, "p1", "", ""),
				me("A", "s1", 2, EventCollectPost, "p1", "", ""), me("A", "s1", 3, EventUncollectPost, "p1", "", ""),
				me("A", "s1", 4, EventComment, "p1", "", "nice"), me("B", "s2", 4, EventComment, "p1", "", "yes"),
				me("A", "s1", 5, EventForward, "p2", "", "friend"), me("A", "s1", 6, EventLike, "p-other", "", "")},
			PostStats{Likes: 1, Comments: 2}, PostStats{Forwards: 1}},
		{"component clicks by kind",
			[]Event{me("A", "s1", 0, EventComponentClick, "p1", SourceFeed, "service:nhm/latte"),
				me("A", "s1", 1, EventComponentClick, "p1", SourceFeed, "coupon:c1"), me("B", "s2", 1, EventComponentClick, "p1", SourceFeed, "coupon:c1"),
				me("A", "s1", 2, EventComponentClick, "p2", SourceFeed, "group:g1"), me("A", "s1", 3, EventComponentClick, "p2", SourceFeed, "poll:x")},
			PostStats{Clicks: clicks(1, 2, 0)}, PostStats{Clicks: clicks(0, 0, 1)}},
		{"a claim from a post's component goes to the session's last opened post",
			[]Event{me("A", "s1", 0, EventOpenPost, "p1", SourceFeed, ""), me("A", "s1", 1, EventOpenPost, "p2", SourceFeed, ""),
				me("A", "s1", 2, EventCouponClaim, "c1", SourcePostComponent, "")},
			PostStats{Opens: 1}, PostStats{Opens: 1, Claims: 1}},
		{"a claim elsewhere is not the post's",
			[]Event{me("A", "s1", 0, EventOpenPost, "p1", SourceFeed, ""), me("A", "s1", 1, EventCouponClaim, "c1", SourceAccountProfile, "")},
			PostStats{Opens: 1}, PostStats{}},
		{"nor one in another session",
			[]Event{me("A", "s1", 0, EventOpenPost, "p1", SourceFeed, ""), me("A", "s2", day, EventCouponClaim, "c1", SourcePostComponent, "")},
			PostStats{Opens: 1}, PostStats{}},
		{"nor another merchant's coupon",
			[]Event{me("A", "s1", 0, EventOpenPost, "p1", SourceFeed, ""), me("A", "s1", 1, EventCouponClaim, "c-other", SourcePostComponent, "")},
			PostStats{Opens: 1}, PostStats{}},
		{"orders after opening the post in the session are the post's",
			[]Event{me("A", "s1", 0, EventOpenPost, "p1", SourceFeed, ""), me("A", "s1", 1, EventOpenPost, "p-other", SourceFeed, ""),
				me("A", "s1", 2, EventOrder, "nhm", "", "o-1"), me("A", "s1", 3, EventOrder, "nhs", "", "o-2"), me("A", "s1", 4, EventOrder, "kfc", "", "o-3")},
			PostStats{Opens: 1, Orders: 2}, PostStats{}},
		{"an order before the post opened, or in another session, is not",
			[]Event{me("A", "s1", 0, EventOrder, "nhm", "", "o-1"), me("A", "s1", 1, EventOpenPost, "p2", SourceFeed, ""),
				me("B", "s2", 2, EventOrder, "nhm", "", "o-2")},
			PostStats{}, PostStats{Opens: 1}},
		{"a session that stopped leads to no order",
			[]Event{me("A", "s1", 0, EventOpenPost, "p1", SourceFeed, ""), me("A", "s1", 1, EventAppStop, "", "", ""),
				me("A", "s1", 2, EventOrder, "nhm", "", "o-1")},
			PostStats{Opens: 1}, PostStats{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := nhReport(tt.events...)
			for i, want := range []PostStats{tt.p1, tt.p2} {
				want.Post = []PostID{"p1", "p2"}[i]
				if want.Clicks == nil {
					want.Clicks = none
				}
				if !reflect.DeepEqual(r.Posts[i], want) {
					t.Errorf("%s: %+v; want %+v", want.Post, r.Posts[i], want)
				}
			}
		})
	}
}

// The operator's new posts and coupons join the scope as their events
// are folded, and count from then on; another account's do not.
func TestMerchantScopeGrows(t *testing.T) {
	f := NewMerchantFold(nhScope())
	f.Add(log(
		me("A", "s1", 0, EventOpenPost, "p3", SourceFeed, ""), // not yet the merchant's
		me(operator, "op", 1, EventMerchantPost, "p3", "", "nh"),
		me(operator, "op", 2, EventCouponCreate, "c9", "", "nh"),
		me(MerchantPersona("kfc"), "op2", 3, EventMerchantPost, "p-kfc", "", "kfc"),
		me(operator, "op", 4, EventMerchantPost, "p1", "", "nh"), // already in scope: once
		me("B", "s2", 5, EventOpenPost, "p3", SourceFeed, ""),
		me("B", "s2", 6, EventCouponClaim, "c9", SourcePostComponent, ""),
	)...)
	s := f.Scope()
	if !reflect.DeepEqual(s.Posts, []PostID{"p3", "p1", "p2"}) || !reflect.DeepEqual(s.Coupons, []CouponID{"c1", "c9"}) {
		t.Fatalf("scope posts %v, coupons %v; want p3 first, c9 last", s.Posts, s.Coupons)
	}
	r := f.Report(t0, 1)
	if p := r.Posts[0]; p.Post != "p3" || p.Opens != 1 || p.Claims != 1 {
		t.Errorf("first post %+v; want p3 opened once (by B), one claim", p)
	}
	if c := r.Coupons; len(c) != 2 || c[1] != (CouponStats{Coupon: "c9", Issued: 1, Claimed: 1}) {
		t.Errorf("coupons %+v; want c1, then c9 claimed once", c)
	}
	if n := r.Funnel[0].Steps[MStepTouch].Count; n != 1 {
		t.Errorf("touched %d; want only B (A opened p3 before it was the merchant's)", n)
	}
	if got := nhScope().Posts; !reflect.DeepEqual(got, []PostID{"p1", "p2"}) {
		t.Errorf("the caller's scope changed: %v", got)
	}
}

// merchantLog is a seeded random log over the merchant's and others'
// things, with every kind and source the fold reads.
func merchantLog(seed uint64, n int) []Event {
	rng := rand.New(rand.NewPCG(seed, 2))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	kinds := []EventKind{EventImpression, EventOpenMiniProgram, EventOpenAccount, EventOpenPost, EventCollect, EventUncollect,
		EventFollow, EventUnfollow, EventOrder, EventPayment, EventCouponClaim, EventCouponRedeem, EventLike, EventUnlike,
		EventComment, EventForward, EventCollectPost, EventComponentClick, EventAppStop, EventMerchantPost, EventCouponCreate}
	sources := []Source{SourceSearch, SourceFeed, SourceHomeGrid, SourceMyMiniPrograms, SourcePostComponent, SourcePaySuccess, SourceAccountProfile, ""}
	at := t0
	out := make([]Event, 0, n)
	for i := range n {
		at = at.Add(time.Duration(rng.IntN(7200)-600) * time.Second)
		p := PersonaID(pick("A", "B", "C", "@nh"))
		e := Event{Seq: uint64(i + 1), At: at, Persona: p, Session: fmt.Sprintf("%s-%d", p, rng.IntN(4)),
			Kind: kinds[rng.IntN(len(kinds))], Target: pick("nh", "nhm", "nhs", "kfc", "p1", "p2", "p3", "c1", "c9"),
			Source: sources[rng.IntN(len(sources))], Detail: pick("nh", "nhm", "coupon:c1", "service:nhm/x", "group:g1"),
			Value: int64(rng.IntN(5000)), Variants: map[string]string{ExpCollectGuidance: pick("on", "off")}}
		out = append(out, e)
	}
	return out
}

// Adding a log in pieces, with events added twice and reports read in
// between, gives the report of adding it at once.
func TestMerchantFoldIncremental(t *testing.T) {
	logs := map[string][]Event{"story": merchantStory()}
	for seed := range uint64(20) {
		logs[fmt.Sprintf("random %d", seed)] = merchantLog(seed, 50+int(seed)*20)
	}
	for name, es := range logs {
		whole := NewMerchantFold(nhScope())
		whole.Add(es...)
		parts := NewMerchantFold(nhScope())
		for i := 0; i < len(es); i += 7 {
			parts.Add(es[max(i-3, 0):min(i+7, len(es))]...) // three seen before
			_ = parts.Report(t0, 3)
		}
		if whole.Last() != uint64(len(es)) || parts.Last() != whole.Last() {
			t.Errorf("%s: Last %d and %d; want %d", name, whole.Last(), parts.Last(), len(es))
		}
		now := t0.Add(2 * day)
		if g, w := parts.Report(now, 5), whole.Report(now, 5); !reflect.DeepEqual(g, w) {
			t.Fatalf("%s: in pieces\n%+v\nat once\n%+v", name, g, w)
		}
	}
}
