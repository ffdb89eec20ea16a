package report

import (
	"encoding/json"
	"io"
	"time"

	"lifesim/model"
)

// The merchant report's JSON is for scripts (README, "lifesim merchant"):
// its own types, so no model change can alter it; keys may be added, none
// renamed or removed. Every list is present ([] rather than null) and
// every origin and revisit source is a key, zero or not.

type jsonMerchantCounts struct {
	FollowersGained int   `json:"followers_gained"`
	FollowersLost   int   `json:"followers_lost"`
	Collects        int   `json:"collects"`
	Uncollects      int   `json:"uncollects"`
	Revisits        int   `json:"revisits"`
	Orders          int   `json:"orders"`
	RevenueCents    int64 `json:"revenue_cents"`
	CouponsIssued   int   `json:"coupons_issued"`
	CouponsClaimed  int   `json:"coupons_claimed"`
	CouponsRedeemed int   `json:"coupons_redeemed"`
}

type jsonMerchantDay struct {
	Day string `json:"day"` // YYYY-MM-DD in the clock's zone
	jsonMerchantCounts
}

type jsonMerchantStep struct {
	Step          string  `json:"step"`
	Count         int     `json:"count"`
	Rate          float64 `json:"rate"`
	MedianSeconds float64 `json:"median_seconds"`
}

type jsonMerchantGroup struct {
	Group      string             `json:"group"`
	Experiment string             `json:"experiment,omitempty"`
	Arm        string             `json:"arm,omitempty"`
	Steps      []jsonMerchantStep `json:"steps"`
}

type jsonPostClicks struct {
	Service int `json:"service"`
	Coupon  int `json:"coupon"`
	Group   int `json:"group"`
}

type jsonPostStats struct {
	Post     string         `json:"post"`
	Title    string         `json:"title"`
	Opens    int            `json:"opens"`
	Likes    int            `json:"likes"`
	Comments int            `json:"comments"`
	Collects int            `json:"collects"`
	Forwards int            `json:"forwards"`
	Clicks   jsonPostClicks `json:"clicks"`
	Claims   int            `json:"claims"`
	Orders   int            `json:"orders"`
}

type jsonCouponStats struct {
	Coupon   string `json:"coupon"`
	Title    string `json:"title"`
	Issued   int    `json:"issued"`
	Claimed  int    `json:"claimed"`
	Redeemed int    `json:"redeemed"`
}

type jsonMerchantReport struct {
	Account    string              `json:"account"`
	Name       string              `json:"name"`
	Now        time.Time           `json:"now"`
	Days       []jsonMerchantDay   `json:"days"`
	Totals     jsonMerchantCounts  `json:"totals"`
	FollowsBy  map[string]int      `json:"follows_by_origin"`
	CollectsBy map[string]int      `json:"collects_by_origin"`
	RevisitsBy map[string]int      `json:"revisits_by_source"`
	Funnel     []jsonMerchantGroup `json:"funnel"`
	Posts      []jsonPostStats     `json:"posts"`
	Coupons    []jsonCouponStats   `json:"coupons"`
}

// revisitSources are the sources a revisit comes through, the keys of
// revisits_by_source.
var revisitSources = []model.Source{model.SourceHomeGrid, model.SourceMyMiniPrograms}

// WriteMerchantJSON: see WriteMerchant.
func WriteMerchantJSON(w io.Writer, r model.MerchantReport) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(toJSONMerchant(r))
}

func toJSONMerchant(r model.MerchantReport) jsonMerchantReport {
	out := jsonMerchantReport{
		Account: string(r.Account), Name: r.Name, Now: r.Now,
		Days:       []jsonMerchantDay{},
		Totals:     merchantCounts(r.Totals),
		FollowsBy:  byOrigin(r.FollowsBy),
		CollectsBy: byOrigin(r.CollectsBy),
		RevisitsBy: map[string]int{},
		Funnel:     []jsonMerchantGroup{},
		Posts:      []jsonPostStats{},
		Coupons:    []jsonCouponStats{},
	}
	for _, d := range r.Days {
		out.Days = append(out.Days, jsonMerchantDay{Day: d.Day.Format(time.DateOnly), jsonMerchantCounts: merchantCounts(d)})
	}
	for _, s := range revisitSources {
		out.RevisitsBy[string(s)] = r.RevisitsBy[s]
	}
	for _, g := range r.Funnel {
		jg := jsonMerchantGroup{Group: g.Name(), Experiment: g.Experiment, Arm: g.Arm, Steps: []jsonMerchantStep{}}
		for s, st := range g.Steps {
			jg.Steps = append(jg.Steps, jsonMerchantStep{Step: model.MerchantFunnelStep(s).Name(),
				Count: st.Count, Rate: st.Rate, MedianSeconds: seconds(st.Median)})
		}
		out.Funnel = append(out.Funnel, jg)
	}
	for _, p := range r.Posts {
		out.Posts = append(out.Posts, jsonPostStats{Post: string(p.Post), Title: p.Title,
			Opens: p.Opens, Likes: p.Likes, Comments: p.Comments, Collects: p.Collects, Forwards: p.Forwards,
			Clicks: jsonPostClicks{Service: p.Clicks[model.ComponentService], Coupon: p.Clicks[model.ComponentCoupon],
				Group: p.Clicks[model.ComponentGroup]},
			Claims: p.Claims, Orders: p.Orders})
	}
	for _, c := range r.Coupons {
		out.Coupons = append(out.Coupons, jsonCouponStats{Coupon: string(c.Coupon), Title: c.Title,
			Issued: c.Issued, Claimed: c.Claimed, Redeemed: c.Redeemed})
	}
	return out
}

func merchantCounts(d model.MerchantDay) jsonMerchantCounts {
	return jsonMerchantCounts{
		FollowersGained: d.FollowersGained, FollowersLost: d.FollowersLost,
		Collects: d.Collects, Uncollects: d.Uncollects, Revisits: d.Revisits,
		Orders: d.Orders, RevenueCents: d.RevenueCents,
		CouponsIssued: d.CouponsIssued, CouponsClaimed: d.CouponsClaimed, CouponsRedeemed: d.CouponsRedeemed,
	}
}

// byOrigin has every origin as a key.
func byOrigin(m map[model.Origin]int) map[string]int {
	out := make(map[string]int, len(model.Origins))
	for _, o := range model.Origins {
		out[string(o)] = m[o]
	}
	return out
}
