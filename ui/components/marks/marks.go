// Package marks turns the persona's state into quick lookups for drawing:
// which posts it liked and collected, which accounts it follows, which
// coupons it holds. Screens keep one Marks per StateMsg and compare the old
// with the new to know what to refresh.
package marks

import (
	"maps"
	"slices"

	"lifesim/model"
)

// Marks is a persona's state as sets.
type Marks struct {
	Liked     map[model.PostID]bool
	Collected map[model.PostID]bool
	Following map[model.AccountID]bool
	Claimed   map[model.CouponID]bool
	comments  map[model.PostID]int
	forwards  map[model.PostID]int
}

// From builds Marks from a state.
func From(s model.UserState) Marks {
	m := Marks{
		Liked:     set(s.Likes),
		Collected: set(s.CollectedPosts),
		Following: map[model.AccountID]bool{},
		Claimed:   map[model.CouponID]bool{},
		comments:  map[model.PostID]int{},
		forwards:  map[model.PostID]int{},
	}
	for _, f := range s.Follows {
		m.Following[f.AccountID] = true
	}
	for _, c := range s.Coupons {
		m.Claimed[c.CouponID] = true
	}
	for _, c := range s.Comments {
		m.comments[c.PostID]++
	}
	for _, f := range s.Forwards {
		m.forwards[f.PostID]++
	}
	return m
}

// FollowsChanged reports whether n follows a different set of accounts.
func (m Marks) FollowsChanged(n Marks) bool { return !maps.Equal(m.Following, n.Following) }

// ChangedPosts lists the posts whose counters the persona changed between m
// and n (like, collect, comment or forward), sorted, so a screen reloads only
// those posts' counts.
func (m Marks) ChangedPosts(n Marks) []model.PostID {
	out := map[model.PostID]bool{}
	diffBool(m.Liked, n.Liked, out)
	diffBool(m.Collected, n.Collected, out)
	diffInt(m.comments, n.comments, out)
	diffInt(m.forwards, n.forwards, out)
	return slices.Sorted(maps.Keys(out))
}

func set[T comparable](ids []T) map[T]bool {
	out := make(map[T]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out
}

func diffBool(a, b map[model.PostID]bool, out map[model.PostID]bool) {
	for id := range a {
		if !b[id] {
			out[id] = true
		}
	}
	for id := range b {
		if !a[id] {
			out[id] = true
		}
	}
}

func diffInt(a, b map[model.PostID]int, out map[model.PostID]bool) {
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
