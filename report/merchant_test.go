package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/report/chart"
)

// sampleReport is a merchant's week by hand: a follow and a collect from
// search on Wednesday, an order on Thursday, a revisit today.
func sampleReport(days int) model.MerchantReport {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 1, 8, 21, 30, 0, 0, loc)
	r := model.MerchantReport{
		Account: "new-hope-dairy", Name: "New Hope\x1b[2J Dairy", Now: now,
		FollowsBy:  map[model.Origin]int{model.OriginSearch: 3, model.OriginFeed: 1},
		CollectsBy: map[model.Origin]int{model.OriginSearch: 2},
		RevisitsBy: map[model.Source]int{model.SourceHomeGrid: 1},
		Posts: []model.PostStats{
			{Post: "post-new-hope-new", Title: "新品 yoghurt", Opens: 4, Likes: 1, Clicks: map[model.ComponentKind]int{model.ComponentCoupon: 2}, Claims: 1, Orders: 1},
			{Post: "post-new-hope-milk", Opens: 12, Likes: 3, Comments: 2, Collects: 1, Forwards: 1},
		},
		Coupons: []model.CouponStats{{Coupon: "new-hope-5off", Title: "¥5 off ¥30", Issued: 2, Claimed: 1, Redeemed: 1}},
	}
	for i := range days {
		d := model.MerchantDay{Day: time.Date(2026, 1, 8-days+1+i, 0, 0, 0, 0, loc)}
		switch days - 1 - i {
		case 0:
			d.Revisits, d.Orders, d.RevenueCents, d.CouponsRedeemed = 1, 1, 2550, 1
		case 1:
			d.FollowersGained, d.Collects, d.CouponsIssued, d.CouponsClaimed = 2, 2, 2, 1
		case 3:
			d.FollowersGained, d.FollowersLost = 1, 1
		}
		r.Days = append(r.Days, d)
	}
	r.Totals = model.MerchantDay{FollowersGained: 4, FollowersLost: 1, Collects: 2, Revisits: 1, Orders: 1, RevenueCents: 2550,
		CouponsIssued: 2, CouponsClaimed: 1, CouponsRedeemed: 1}
	all := model.MerchantFunnelGroup{}
	all.Steps = [model.NumMerchantSteps]model.StepStat{
		{Count: 5, Rate: 1}, {Count: 4, Rate: 0.8, Median: 40 * time.Second},
		{Count: 3, Rate: 0.75, Median: 65 * time.Second}, {Count: 1, Rate: 1.0 / 3, Median: 26 * time.Hour}, {},
	}
	on := model.MerchantFunnelGroup{Experiment: "collect_guidance", Arm: "on"}
	on.Steps = [model.NumMerchantSteps]model.StepStat{{Count: 2, Rate: 1}, {Count: 2, Rate: 1, Median: 30 * time.Second}}
	r.Funnel = []model.MerchantFunnelGroup{all, on}
	return r
}

// The table for people, by golden file: go test ./report -run
// TestWriteMerchant -update rewrites it.
func TestWriteMerchantGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMerchant(&b, sampleReport(7)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "\x1b") {
		t.Error("the table holds an escape sequence")
	}
	golden.RequireEqual(t, b.Bytes())
}

// A long span is drawn a few days to a cell, so the table still fits a
// terminal; the header says how many.
func TestWriteMerchantLongSpan(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMerchant(&b, sampleReport(366)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "per 7 days, oldest → today") {
		t.Errorf("a 366-day table does not say a cell is 7 days:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "orders ") && !strings.HasSuffix(line, chart.Spark(append(make([]int64, 52), 1))) {
			t.Errorf("orders over 366 days in 7-day cells: %q, want 53 cells, the last full", line)
		}
	}
}

func TestSumBuckets(t *testing.T) {
	for _, tc := range []struct {
		values []int64
		per    int
		want   []int64
	}{
		{[]int64{1, 2, 3}, 1, []int64{1, 2, 3}},
		{[]int64{1, 2, 3, 4}, 2, []int64{3, 7}},
		{[]int64{1, 2, 3, 4, 5}, 2, []int64{1, 5, 9}}, // the first cell takes what is left
		{[]int64{1, 2, 3, 4, 5, 6, 7}, 3, []int64{1, 9, 18}},
		{nil, 3, []int64{}},
	} {
		got := sumBuckets(tc.values, tc.per)
		if !slices.Equal(got, tc.want) {
			t.Errorf("sumBuckets(%v, %d) = %v, want %v", tc.values, tc.per, got, tc.want)
		}
	}
}

// The JSON has every key a script reads, every origin and revisit
// source (zeros too), and lists rather than nulls.
func TestWriteMerchantJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMerchantJSON(&b, sampleReport(7)); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Account string `json:"account"`
		Now     string `json:"now"`
		Days    []struct {
			Day             string `json:"day"`
			FollowersGained int    `json:"followers_gained"`
			RevenueCents    int64  `json:"revenue_cents"`
		} `json:"days"`
		Totals struct {
			Orders       int   `json:"orders"`
			RevenueCents int64 `json:"revenue_cents"`
		} `json:"totals"`
		FollowsBy  map[string]int `json:"follows_by_origin"`
		CollectsBy map[string]int `json:"collects_by_origin"`
		RevisitsBy map[string]int `json:"revisits_by_source"`
		Funnel     []struct {
			Group string `json:"group"`
			Steps []struct {
				Step          string  `json:"step"`
				Count         int     `json:"count"`
				Rate          float64 `json:"rate"`
				MedianSeconds float64 `json:"median_seconds"`
			} `json:"steps"`
		} `json:"funnel"`
		Posts []struct {
			Post   string         `json:"post"`
			Title  string         `json:"title"`
			Clicks map[string]int `json:"clicks"`
			Orders int            `json:"orders"`
		} `json:"posts"`
		Coupons []struct {
			Coupon   string `json:"coupon"`
			Redeemed int    `json:"redeemed"`
		} `json:"coupons"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if got.Account != "new-hope-dairy" || got.Now != "2026-01-08T21:30:00+08:00" {
		t.Errorf("account %q now %q", got.Account, got.Now)
	}
	if len(got.Days) != 7 || got.Days[6].Day != "2026-01-08" || got.Days[0].Day != "2026-01-02" ||
		got.Days[5].FollowersGained != 2 || got.Days[6].RevenueCents != 2550 {
		t.Errorf("days %+v", got.Days)
	}
	if got.Totals.Orders != 1 || got.Totals.RevenueCents != 2550 {
		t.Errorf("totals %+v", got.Totals)
	}
	if len(got.FollowsBy) != len(model.Origins) || got.FollowsBy["search"] != 3 || got.FollowsBy["pay_success"] != 0 {
		t.Errorf("follows_by_origin %v: want every origin", got.FollowsBy)
	}
	if len(got.CollectsBy) != len(model.Origins) || got.CollectsBy["search"] != 2 {
		t.Errorf("collects_by_origin %v", got.CollectsBy)
	}
	if len(got.RevisitsBy) != 2 || got.RevisitsBy["home_grid"] != 1 || got.RevisitsBy["my_mini_programs"] != 0 {
		t.Errorf("revisits_by_source %v", got.RevisitsBy)
	}
	if len(got.Funnel) != 2 || got.Funnel[0].Group != "all" || got.Funnel[1].Group != "collect_guidance=on" ||
		len(got.Funnel[0].Steps) != int(model.NumMerchantSteps) || got.Funnel[0].Steps[2].Step != "collect/follow" ||
		got.Funnel[0].Steps[2].MedianSeconds != 65 || got.Funnel[0].Steps[1].Rate != 0.8 {
		t.Errorf("funnel %+v", got.Funnel)
	}
	if len(got.Posts) != 2 || got.Posts[0].Clicks["coupon"] != 2 || got.Posts[0].Clicks["service"] != 0 || got.Posts[0].Orders != 1 {
		t.Errorf("posts %+v", got.Posts)
	}
	if len(got.Coupons) != 1 || got.Coupons[0].Redeemed != 1 {
		t.Errorf("coupons %+v", got.Coupons)
	}
	// an empty report: lists, not nulls
	b.Reset()
	if err := WriteMerchantJSON(&b, model.MerchantReport{Account: "x"}); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"days": []`, `"funnel": []`, `"posts": []`, `"coupons": []`, `"search": 0`, `"home_grid": 0`} {
		if !strings.Contains(b.String(), key) {
			t.Errorf("an empty report's JSON lacks %s:\n%s", key, b.String())
		}
	}
}

// A writer that fails is the report's error.
func TestWriteMerchantFailedOutput(t *testing.T) {
	if err := WriteMerchant(failWriter{}, sampleReport(7)); !errors.Is(err, errDisk) {
		t.Errorf("WriteMerchant to a failing writer: %v", err)
	}
	if err := WriteMerchantJSON(failWriter{}, sampleReport(7)); !errors.Is(err, errDisk) {
		t.Errorf("WriteMerchantJSON to a failing writer: %v", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errDisk }
