package model

import (
	"maps"
	"slices"
)

// The questions screens and the simulator ask of a persona's state. Ask
// these rather than looping over the lists, so that what "collected" or
// "following" means is decided here once.

// Collected reports whether mini program id is in My Mini Programs.
func (s UserState) Collected(id MiniProgramID) bool { return slices.Contains(s.Favourites, id) }

// Following reports whether the persona follows life account id.
func (s UserState) Following(id AccountID) bool {
	return slices.ContainsFunc(s.Follows, func(f Follow) bool { return f.AccountID == id })
}

// Liked reports whether the persona likes post id.
func (s UserState) Liked(id PostID) bool { return slices.Contains(s.Likes, id) }

// CollectedPost reports whether the persona collected post id.
func (s UserState) CollectedPost(id PostID) bool { return slices.Contains(s.CollectedPosts, id) }

// Joined reports whether the persona is a member of topic group id.
func (s UserState) Joined(id GroupID) bool { return JoinedGroup(s.Groups, id) }

// Claimed reports whether coupon id is in the card pack, redeemed or not:
// a coupon is claimed once per persona.
func (s UserState) Claimed(id CouponID) bool {
	return slices.ContainsFunc(s.Coupons, func(c ClaimedCoupon) bool { return c.CouponID == id })
}

// Unredeemed is the card pack's coupons not yet used in an order, in claim
// order (expired ones included: whether one is usable depends on the
// coupon's validity, see HeldCouponStatus).
func (s UserState) Unredeemed() []ClaimedCoupon {
	var out []ClaimedCoupon
	for _, c := range s.Coupons {
		if c.RedeemedIn == "" {
			out = append(out, c)
		}
	}
	return out
}

// FollowsChanged reports whether s follows a different set of accounts
// than old (order and follow times aside): the feed and account pages
// reload what depends on follows only then.
func (s UserState) FollowsChanged(old UserState) bool {
	return !maps.Equal(followSet(s.Follows), followSet(old.Follows))
}

// ChangedPosts lists, sorted, the posts whose counters the persona changed
// between old and s (a like, collect, comment or forward added or taken
// back), so that a screen reloads only those posts' counts.
func (s UserState) ChangedPosts(old UserState) []PostID {
	out := map[PostID]bool{}
	diffCounts(tally(old.Likes), tally(s.Likes), out)
	diffCounts(tally(old.CollectedPosts), tally(s.CollectedPosts), out)
	diffCounts(tallyBy(old.Comments, commentPost), tallyBy(s.Comments, commentPost), out)
	diffCounts(tallyBy(old.Forwards, forwardPost), tallyBy(s.Forwards, forwardPost), out)
	return slices.Sorted(maps.Keys(out))
}

func followSet(list []Follow) map[AccountID]bool {
	out := make(map[AccountID]bool, len(list))
	for _, f := range list {
		out[f.AccountID] = true
	}
	return out
}

func commentPost(c Comment) PostID { return c.PostID }
func forwardPost(f Forward) PostID { return f.PostID }

// tally counts each post's entries in ids; for likes and collects, which
// hold a post at most once, it is a set.
func tally(ids []PostID) map[PostID]int {
	return tallyBy(ids, func(id PostID) PostID { return id })
}

func tallyBy[T any](list []T, post func(T) PostID) map[PostID]int {
	out := make(map[PostID]int, len(list))
	for _, v := range list {
		out[post(v)]++
	}
	return out
}

// diffCounts adds to out every post whose count differs between a and b.
func diffCounts(a, b map[PostID]int, out map[PostID]bool) {
	for id, n := range a {
		if b[id] != n {
			out[id] = true
		}
	}
	for id, n := range b {
		if a[id] != n {
			out[id] = true
		}
	}
}
