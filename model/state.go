package model

import "time"

// DefaultPersona is used when no persona is named.
const DefaultPersona PersonaID = "newuser"

// MaxRecents caps the Recently used list, as Alipay's does.
const MaxRecents = 20

// Recent is one entry of Recently used.
type Recent struct {
	MiniProgramID MiniProgramID `json:"mini_program"`
	At            time.Time     `json:"at"`
}

// BumpRecent moves id to the front of list (newest first), adding it if
// absent, and trims the list to limit entries. The input is not modified.
func BumpRecent(list []Recent, id MiniProgramID, at time.Time, limit int) []Recent {
	out := make([]Recent, 0, min(len(list)+1, max(limit, 0)))
	if limit <= 0 {
		return out
	}
	out = append(out, Recent{MiniProgramID: id, At: at})
	for _, r := range list {
		if len(out) == limit {
			break
		}
		if r.MiniProgramID != id {
			out = append(out, r)
		}
	}
	return out
}

// Toggle adds id to list if absent (at the end) or removes it if present,
// reporting whether it is now in the list. The input is not modified.
func Toggle[T comparable](list []T, id T) ([]T, bool) {
	out := make([]T, 0, len(list)+1)
	found := false
	for _, v := range list {
		if v == id {
			found = true
			continue
		}
		out = append(out, v)
	}
	if found {
		return out, false
	}
	return append(out, id), true
}

// Move returns list with the element at index i moved by delta places,
// clamped to the ends. The input is not modified.
func Move[T any](list []T, i, delta int) []T {
	out := append([]T(nil), list...)
	if i < 0 || i >= len(out) {
		return out
	}
	j := min(max(i+delta, 0), len(out)-1)
	v := out[i]
	if j > i {
		copy(out[i:j], out[i+1:j+1])
	} else {
		copy(out[j+1:i+1], out[j:i])
	}
	out[j] = v
	return out
}

// Comment is a persona's comment on a post.
type Comment struct {
	ID      string    `json:"id"`
	PostID  PostID    `json:"post"`
	Persona PersonaID `json:"persona"`
	Text    string    `json:"text"`
	At      time.Time `json:"at"`
}

// Forward records a share of a post to a simulated contact or group.
type Forward struct {
	PostID PostID    `json:"post"`
	To     string    `json:"to"`
	At     time.Time `json:"at"`
}

// OrderLine is one service in an order.
type OrderLine struct {
	ServiceID  string `json:"service"`
	Name       string `json:"name"`
	Qty        int    `json:"qty"`
	PriceCents int64  `json:"price_cents"`
}

// Order is a paid order placed in a mini program.
type Order struct {
	ID            string        `json:"id"`
	MiniProgramID MiniProgramID `json:"mini_program"`
	Lines         []OrderLine   `json:"lines"`
	SubtotalCents int64         `json:"subtotal_cents"`
	DiscountCents int64         `json:"discount_cents"`
	TotalCents    int64         `json:"total_cents"`
	CouponID      CouponID      `json:"coupon,omitempty"`
	PaidAt        time.Time     `json:"paid_at"`
}

// ClaimedCoupon is a coupon in a persona's card pack.
type ClaimedCoupon struct {
	CouponID  CouponID  `json:"coupon"`
	ClaimedAt time.Time `json:"claimed_at"`
	// Source is where the persona claimed it (a post, an account page, the
	// payment-success page…), Scene its Alipay scene id when it has one.
	Source     Source `json:"source,omitempty"`
	Scene      int    `json:"scene,omitempty"`
	RedeemedIn string `json:"redeemed_in,omitempty"` // order id
}

// Follow is a followed life account.
type Follow struct {
	AccountID AccountID `json:"account"`
	At        time.Time `json:"at"`
}

// UserState is everything a persona has done, as `lifesim state` reports it.
type UserState struct {
	Persona        PersonaID       `json:"persona"`
	Favourites     []MiniProgramID `json:"favourites"`
	Recents        []Recent        `json:"recents"`
	Follows        []Follow        `json:"follows"`
	Likes          []PostID        `json:"likes"`
	CollectedPosts []PostID        `json:"collected_posts"`
	Comments       []Comment       `json:"comments"`
	Forwards       []Forward       `json:"forwards"`
	Orders         []Order         `json:"orders"`
	Coupons        []ClaimedCoupon `json:"coupons"`
	GuidanceSeen   bool            `json:"guidance_seen"`
	// Groups are the topic groups joined, in join order.
	Groups []GroupMembership `json:"groups"`
	// OwnPosts are the posts the persona published, oldest first, with
	// their current counts.
	OwnPosts []Post `json:"own_posts"`
	// FollowPromptDismissals counts, per life account, how often the
	// persona closed its follow pop-up (capped by
	// Settings.FollowPromptMaxDismissals).
	FollowPromptDismissals map[AccountID]int `json:"follow_prompt_dismissals"`
}
