package model

import (
	"maps"
	"strings"
)

// merchantContent is what the merchant's posts and coupons did. For each
// scope post:
//
//   - Opens: open_post of it, from anywhere;
//   - Likes, Collects: like and collect_post of it, net of unlike and
//     uncollect_post; Comments, Forwards: comment and forward of it;
//   - Clicks: component_click of it, by the kind its Detail starts with
//     ("service:", "coupon:", "group:");
//   - Claims: coupon_claim of a scope coupon from a post's component
//     (Source post_component) in a session whose last opened scope post
//     was this one;
//   - Orders: order in a scope mini program in a session whose last
//     opened scope post, before the order, was this one.
//
// For each scope coupon: coupon_claim of it (issued and claimed, see
// MerchantFold) and coupon_redeem of it. Memory is one entry per scope
// post and coupon, and one per running session that opened a scope post
// (dropped at the session's app_stop).
type merchantContent struct {
	posts    map[PostID]*PostStats
	coupons  map[CouponID]*CouponStats
	lastPost map[string]PostID // by session
}

func newMerchantContent() merchantContent {
	return merchantContent{posts: map[PostID]*PostStats{}, coupons: map[CouponID]*CouponStats{}, lastPost: map[string]PostID{}}
}

func (c *merchantContent) add(f *MerchantFold, e Event) {
	switch e.Kind {
	case EventCouponClaim, EventCouponRedeem:
		if f.in.coupons[e.Target] {
			c.coupon(e)
		}
	case EventOrder:
		if p, ok := c.lastPost[e.Session]; ok && f.in.mps[e.Target] {
			c.post(p).Orders++
		}
	case EventAppStop:
		delete(c.lastPost, e.Session)
	default:
		if f.in.posts[e.Target] {
			c.postEvent(e)
		}
	}
}

// coupon counts a claim or a redemption of a scope coupon, and a claim
// through a post's component for the session's last opened post.
func (c *merchantContent) coupon(e Event) {
	id := CouponID(e.Target)
	s := c.coupons[id]
	if s == nil {
		s = &CouponStats{Coupon: id}
		c.coupons[id] = s
	}
	if e.Kind == EventCouponRedeem {
		s.Redeemed++
		return
	}
	s.Issued++
	s.Claimed++
	if p, ok := c.lastPost[e.Session]; ok && e.Source == SourcePostComponent {
		c.post(p).Claims++
	}
}

// postEvent counts an event whose target is a scope post.
func (c *merchantContent) postEvent(e Event) {
	id := PostID(e.Target)
	switch e.Kind {
	case EventOpenPost:
		c.post(id).Opens++
		c.lastPost[e.Session] = id
	case EventLike, EventUnlike:
		c.post(id).Likes += sign(e.Kind == EventLike)
	case EventCollectPost, EventUncollectPost:
		c.post(id).Collects += sign(e.Kind == EventCollectPost)
	case EventComment:
		c.post(id).Comments++
	case EventForward:
		c.post(id).Forwards++
	case EventComponentClick:
		switch k, _, _ := strings.Cut(e.Detail, ":"); ComponentKind(k) {
		case ComponentService, ComponentCoupon, ComponentGroup:
			c.post(id).Clicks[ComponentKind(k)]++
		}
	}
}

func sign(plus bool) int {
	if plus {
		return 1
	}
	return -1
}

// post is id's stats, created on first use.
func (c *merchantContent) post(id PostID) *PostStats {
	s := c.posts[id]
	if s == nil {
		s = &PostStats{Post: id, Clicks: map[ComponentKind]int{}}
		c.posts[id] = s
	}
	return s
}

// report is the stats of scope's posts and coupons, in scope order, with
// zeros for those nothing happened to and every component kind in Clicks.
func (c *merchantContent) report(scope MerchantScope) ([]PostStats, []CouponStats) {
	posts := make([]PostStats, 0, len(scope.Posts))
	for _, id := range scope.Posts {
		s := PostStats{Post: id}
		clicks := map[ComponentKind]int{ComponentService: 0, ComponentCoupon: 0, ComponentGroup: 0}
		if p := c.posts[id]; p != nil {
			s = *p
			maps.Copy(clicks, p.Clicks)
		}
		s.Clicks = clicks
		posts = append(posts, s)
	}
	coupons := make([]CouponStats, 0, len(scope.Coupons))
	for _, id := range scope.Coupons {
		s := CouponStats{Coupon: id}
		if p := c.coupons[id]; p != nil {
			s = *p
		}
		coupons = append(coupons, s)
	}
	return posts, coupons
}
