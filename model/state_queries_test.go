package model

import (
	"slices"
	"testing"
	"time"
)

// oneOfEach is a state with one of everything, for the query tables.
var oneOfEach = UserState{
	Favourites:     []MiniProgramID{"kfc", "citizen"},
	Follows:        []Follow{{AccountID: "kfc-life"}},
	Likes:          []PostID{"p1"},
	CollectedPosts: []PostID{"p2"},
	Groups:         []GroupMembership{{GroupID: "coffee"}},
	Coupons: []ClaimedCoupon{
		{CouponID: "c-used", RedeemedIn: "o1"},
		{CouponID: "c-new"},
		{CouponID: "c-old"},
	},
}

func TestUserStateQueries(t *testing.T) {
	for _, tc := range []struct {
		name string
		ask  func(UserState) bool
		want bool
	}{
		{"collected mini program", func(s UserState) bool { return s.Collected("citizen") }, true},
		{"uncollected mini program", func(s UserState) bool { return s.Collected("didi") }, false},
		{"a followed account's id is not a mini program", func(s UserState) bool { return s.Collected("kfc-life") }, false},
		{"followed account", func(s UserState) bool { return s.Following("kfc-life") }, true},
		{"unfollowed account", func(s UserState) bool { return s.Following("kfc") }, false},
		{"liked post", func(s UserState) bool { return s.Liked("p1") }, true},
		{"collected, not liked", func(s UserState) bool { return s.Liked("p2") }, false},
		{"collected post", func(s UserState) bool { return s.CollectedPost("p2") }, true},
		{"liked, not collected", func(s UserState) bool { return s.CollectedPost("p1") }, false},
		{"joined group", func(s UserState) bool { return s.Joined("coffee") }, true},
		{"other group", func(s UserState) bool { return s.Joined("cars") }, false},
		{"claimed coupon", func(s UserState) bool { return s.Claimed("c-new") }, true},
		{"a redeemed coupon stays claimed", func(s UserState) bool { return s.Claimed("c-used") }, true},
		{"unclaimed coupon", func(s UserState) bool { return s.Claimed("c-none") }, false},
	} {
		if got := tc.ask(oneOfEach); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
		if tc.ask(UserState{}) {
			t.Errorf("%s: a new persona's empty state says yes", tc.name)
		}
	}
}

func TestUnredeemed(t *testing.T) {
	var ids []CouponID
	for _, c := range oneOfEach.Unredeemed() {
		ids = append(ids, c.CouponID)
	}
	if want := []CouponID{"c-new", "c-old"}; !slices.Equal(ids, want) {
		t.Errorf("Unredeemed = %v, want %v (claim order, redeemed left out)", ids, want)
	}
	if got := (UserState{}).Unredeemed(); len(got) != 0 {
		t.Errorf("empty state: Unredeemed = %v", got)
	}
}

func TestChangedPosts(t *testing.T) {
	before := UserState{
		Likes:    []PostID{"p1", "p2"},
		Comments: []Comment{{PostID: "p3"}},
		Forwards: []Forward{{PostID: "p6"}},
	}
	for _, tc := range []struct {
		name  string
		after UserState
		want  []PostID
	}{
		{"nothing changed", before, nil},
		{"unlike, collect, second comment, forward", UserState{
			Likes:          []PostID{"p2"},
			CollectedPosts: []PostID{"p4"},
			Comments:       []Comment{{PostID: "p3"}, {PostID: "p3"}},
			Forwards:       []Forward{{PostID: "p6"}, {PostID: "p5"}},
		}, []PostID{"p1", "p3", "p4", "p5"}},
		{"everything taken back", UserState{}, []PostID{"p1", "p2", "p3", "p6"}},
		{"follows and coupons are not post counters", UserState{
			Likes: before.Likes, Comments: before.Comments, Forwards: before.Forwards,
			Follows: []Follow{{AccountID: "a"}}, Coupons: []ClaimedCoupon{{CouponID: "c"}},
		}, nil},
	} {
		got := tc.after.ChangedPosts(before)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: ChangedPosts = %v, want %v", tc.name, got, tc.want)
		}
		if back := before.ChangedPosts(tc.after); !slices.Equal(back, got) {
			t.Errorf("%s: ChangedPosts is not symmetric: %v one way, %v the other", tc.name, got, back)
		}
	}
}

func TestFollowsChanged(t *testing.T) {
	follows := func(ids ...AccountID) UserState {
		s := UserState{}
		for i, id := range ids {
			s.Follows = append(s.Follows, Follow{AccountID: id, At: time.Date(2026, 3, 1, i, 0, 0, 0, time.UTC)})
		}
		return s
	}
	for _, tc := range []struct {
		name     string
		old, new UserState
		want     bool
	}{
		{"same follows", follows("a", "b"), follows("a", "b"), false},
		{"same set, other order and times", follows("a", "b"), follows("b", "a"), false},
		{"followed one more", follows("a"), follows("a", "b"), true},
		{"unfollowed", follows("a", "b"), follows("a"), true},
		{"both empty", UserState{}, UserState{}, false},
		{"likes alone do not count", UserState{}, UserState{Likes: []PostID{"p"}}, false},
	} {
		if got := tc.new.FollowsChanged(tc.old); got != tc.want {
			t.Errorf("%s: FollowsChanged = %v, want %v", tc.name, got, tc.want)
		}
	}
}
