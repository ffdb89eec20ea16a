package report

import (
	"encoding/json"
	"io"
	"time"

	"lifesim/model"
)

// WriteStateJSON prints st as `lifesim state --json` does: indented, with
// every list present ([] rather than null) so that a script can range over
// it without a check.
func WriteStateJSON(w io.Writer, st model.UserState) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(toJSONState(st))
}

type jsonState struct {
	Persona                string           `json:"persona"`
	Favourites             []string         `json:"favourites"`
	Recents                []jsonRecent     `json:"recents"`
	Follows                []jsonFollow     `json:"follows"`
	Likes                  []string         `json:"likes"`
	CollectedPosts         []string         `json:"collected_posts"`
	Comments               []jsonComment    `json:"comments"`
	Forwards               []jsonForward    `json:"forwards"`
	Orders                 []jsonOrder      `json:"orders"`
	Coupons                []jsonClaim      `json:"coupons"`
	GuidanceSeen           bool             `json:"guidance_seen"`
	Groups                 []jsonMembership `json:"groups"`
	OwnPosts               []jsonPost       `json:"own_posts"`
	FollowPromptDismissals map[string]int   `json:"follow_prompt_dismissals"`
}

type jsonRecent struct {
	MiniProgram string    `json:"mini_program"`
	At          time.Time `json:"at"`
}

type jsonFollow struct {
	Account string    `json:"account"`
	At      time.Time `json:"at"`
}

type jsonComment struct {
	ID      string    `json:"id"`
	Post    string    `json:"post"`
	Persona string    `json:"persona"`
	Text    string    `json:"text"`
	At      time.Time `json:"at"`
}

type jsonForward struct {
	Post string    `json:"post"`
	To   string    `json:"to"`
	At   time.Time `json:"at"`
}

type jsonOrderLine struct {
	Service    string `json:"service"`
	Name       string `json:"name"`
	Qty        int    `json:"qty"`
	PriceCents int64  `json:"price_cents"`
}

type jsonOrder struct {
	ID            string          `json:"id"`
	MiniProgram   string          `json:"mini_program"`
	Lines         []jsonOrderLine `json:"lines"`
	SubtotalCents int64           `json:"subtotal_cents"`
	DiscountCents int64           `json:"discount_cents"`
	TotalCents    int64           `json:"total_cents"`
	Coupon        string          `json:"coupon,omitempty"`
	PaidAt        time.Time       `json:"paid_at"`
}

type jsonClaim struct {
	Coupon     string    `json:"coupon"`
	ClaimedAt  time.Time `json:"claimed_at"`
	Source     string    `json:"source,omitempty"`
	Scene      int       `json:"scene,omitempty"`
	RedeemedIn string    `json:"redeemed_in,omitempty"`
}

type jsonMembership struct {
	Group    string    `json:"group"`
	JoinedAt time.Time `json:"joined_at"`
}

type jsonCounts struct {
	Likes    int64 `json:"likes"`
	Comments int64 `json:"comments"`
	Collects int64 `json:"collects"`
	Forwards int64 `json:"forwards"`
}

type jsonComponent struct {
	Kind        string `json:"kind"`
	Label       string `json:"label"`
	MiniProgram string `json:"mini_program,omitempty"`
	Service     string `json:"service,omitempty"`
	Coupon      string `json:"coupon,omitempty"`
	Group       string `json:"group,omitempty"`
}

type jsonPost struct {
	ID          string          `json:"id"`
	Account     string          `json:"account"`
	Kind        string          `json:"kind"`
	Title       string          `json:"title"`
	Body        string          `json:"body"`
	PublishedAt time.Time       `json:"published_at"`
	Tags        []string        `json:"tags,omitempty"`
	Components  []jsonComponent `json:"components,omitempty"`
	Counts      jsonCounts      `json:"counts"`
}

// stringsOf converts a list of ids to plain strings (never nil, so JSON
// prints [] rather than null).
func stringsOf[T ~string](ids []T) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, string(id))
	}
	return out
}

// mapEach converts each element with f (never nil).
func mapEach[T, U any](in []T, f func(T) U) []U {
	out := make([]U, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

func toJSONState(st model.UserState) jsonState {
	out := jsonState{
		Persona:        string(st.Persona),
		Favourites:     stringsOf(st.Favourites),
		Likes:          stringsOf(st.Likes),
		CollectedPosts: stringsOf(st.CollectedPosts),
		GuidanceSeen:   st.GuidanceSeen,
		Recents: mapEach(st.Recents, func(r model.Recent) jsonRecent {
			return jsonRecent{MiniProgram: string(r.MiniProgramID), At: r.At}
		}),
		Follows: mapEach(st.Follows, func(f model.Follow) jsonFollow {
			return jsonFollow{Account: string(f.AccountID), At: f.At}
		}),
		Comments: mapEach(st.Comments, func(c model.Comment) jsonComment {
			return jsonComment{ID: c.ID, Post: string(c.PostID), Persona: string(c.Persona), Text: c.Text, At: c.At}
		}),
		Forwards: mapEach(st.Forwards, func(f model.Forward) jsonForward {
			return jsonForward{Post: string(f.PostID), To: f.To, At: f.At}
		}),
		Orders: mapEach(st.Orders, toJSONOrder),
		Coupons: mapEach(st.Coupons, func(c model.ClaimedCoupon) jsonClaim {
			return jsonClaim{Coupon: string(c.CouponID), ClaimedAt: c.ClaimedAt, Source: string(c.Source), Scene: c.Scene, RedeemedIn: c.RedeemedIn}
		}),
		Groups: mapEach(st.Groups, func(g model.GroupMembership) jsonMembership {
			return jsonMembership{Group: string(g.GroupID), JoinedAt: g.JoinedAt}
		}),
		OwnPosts:               mapEach(st.OwnPosts, toJSONPost),
		FollowPromptDismissals: map[string]int{},
	}
	for a, n := range st.FollowPromptDismissals {
		out.FollowPromptDismissals[string(a)] = n
	}
	return out
}

func toJSONOrder(o model.Order) jsonOrder {
	return jsonOrder{
		ID: o.ID, MiniProgram: string(o.MiniProgramID), SubtotalCents: o.SubtotalCents,
		DiscountCents: o.DiscountCents, TotalCents: o.TotalCents, Coupon: string(o.CouponID), PaidAt: o.PaidAt,
		Lines: mapEach(o.Lines, func(l model.OrderLine) jsonOrderLine {
			return jsonOrderLine{Service: l.ServiceID, Name: l.Name, Qty: l.Qty, PriceCents: l.PriceCents}
		}),
	}
}

// toJSONPost is an own post as published: a persona's posts are image-text
// with a title, body, tags and at most a group link, so the media fields of
// fixture posts are not part of this output.
func toJSONPost(p model.Post) jsonPost {
	return jsonPost{
		ID: string(p.ID), Account: string(p.AccountID), Kind: string(p.Kind), Title: p.Title, Body: p.Body,
		PublishedAt: p.PublishedAt, Tags: p.Tags,
		Counts: jsonCounts{Likes: p.Counts.Likes, Comments: p.Counts.Comments, Collects: p.Counts.Collects, Forwards: p.Counts.Forwards},
		Components: func() []jsonComponent {
			if len(p.Components) == 0 {
				return nil
			}
			return mapEach(p.Components, func(c model.Component) jsonComponent {
				return jsonComponent{Kind: string(c.Kind), Label: c.Label, MiniProgram: string(c.MiniProgramID),
					Service: c.ServiceID, Coupon: string(c.CouponID), Group: string(c.GroupID)}
			})
		}(),
	}
}
