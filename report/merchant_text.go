package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"lifesim/model"
	"lifesim/report/chart"
)

// The merchant report for people: plain text with no colour and no
// escape sequences, so it reads the same in a terminal, a file or a
// pipe. Every chart has its numbers beside it.

// sparkMax is the widest sparkline the table draws: a longer span is
// drawn a few days to a cell, so that the table fits a terminal.
const sparkMax = 56

// originBarWidth is the width of the by-origin bars.
const originBarWidth = 20

// merchantMetric is one row of the day-by-day table.
type merchantMetric struct {
	label string
	value func(model.MerchantDay) int64
	money bool
}

var merchantMetrics = []merchantMetric{
	{"followers gained", func(d model.MerchantDay) int64 { return int64(d.FollowersGained) }, false},
	{"followers lost", func(d model.MerchantDay) int64 { return int64(d.FollowersLost) }, false},
	{"collects", func(d model.MerchantDay) int64 { return int64(d.Collects) }, false},
	{"uncollects", func(d model.MerchantDay) int64 { return int64(d.Uncollects) }, false},
	{"revisits", func(d model.MerchantDay) int64 { return int64(d.Revisits) }, false},
	{"orders", func(d model.MerchantDay) int64 { return int64(d.Orders) }, false},
	{"revenue", func(d model.MerchantDay) int64 { return d.RevenueCents }, true},
	{"coupons issued", func(d model.MerchantDay) int64 { return int64(d.CouponsIssued) }, false},
	{"coupons claimed", func(d model.MerchantDay) int64 { return int64(d.CouponsClaimed) }, false},
	{"coupons redeemed", func(d model.MerchantDay) int64 { return int64(d.CouponsRedeemed) }, false},
}

// OriginLabel is how reports name an origin.
func OriginLabel(o model.Origin) string {
	switch o {
	case model.OriginAccount:
		return "account page"
	case model.OriginFollowPrompt:
		return "follow pop-up"
	case model.OriginPaySuccess:
		return "payment success"
	}
	return string(o)
}

// RevisitLabel is how reports name the source of a revisit.
func RevisitLabel(s model.Source) string {
	switch s {
	case model.SourceHomeGrid:
		return "Home grid"
	case model.SourceMyMiniPrograms:
		return "My Mini Programs"
	}
	return string(s)
}

// WriteMerchant prints r as a table for people; WriteMerchantJSON as the
// stable JSON shape documented in the README. Names and titles are
// cleaned to one line, so they cannot drive the terminal.
func WriteMerchant(w io.Writer, r model.MerchantReport) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s (%s)\n", model.CleanLine(r.Name), model.CleanLine(string(r.Account)))
	fmt.Fprintf(&b, "%d simulated days to today, %s; \"all\" is the whole event log\n\n",
		len(r.Days), r.Now.Format("Mon 2 Jan 2006 15:04"))
	merchantDays(&b, r)
	b.WriteString("\nFollowers gained, by where they came from (all)\n")
	originBars(&b, r.FollowsBy)
	b.WriteString("\nCollects of its mini programs, by where they came from (all)\n")
	originBars(&b, r.CollectsBy)
	b.WriteString("\nRevisits, by entrance (all)\n")
	revisitBars(&b, r.RevisitsBy)
	b.WriteString("\nPrivate-domain funnel per persona (all): public touch → open → collect/follow → revisit → repeat order\n")
	merchantFunnel(&b, r.Funnel)
	merchantPosts(&b, r.Posts)
	merchantCoupons(&b, r.Coupons)
	_, err := w.Write(b.Bytes())
	return err
}

// merchantDays is one row per metric: today, the span, all time, and
// the span as a sparkline with its peak beside it.
func merchantDays(w io.Writer, r model.MerchantReport) {
	per := (len(r.Days) + sparkMax - 1) / max(sparkMax, 1)
	spark := "per day, oldest → today"
	if per > 1 {
		spark = fmt.Sprintf("per %d days, oldest → today", per)
	}
	tw := newTable(w)
	label := padder(len("coupons redeemed"))
	fmt.Fprintf(tw, "%s\ttoday\t%d days\tall\tpeak\t  %s\n", label(""), len(r.Days), spark)
	for _, m := range merchantMetrics {
		values := make([]int64, len(r.Days))
		var span int64
		for i, d := range r.Days {
			values[i] = m.value(d)
			span += values[i]
		}
		var today int64
		if len(values) > 0 {
			today = values[len(values)-1]
		}
		buckets := sumBuckets(values, per)
		num := func(n int64) string {
			if m.money {
				return model.FormatYuan(n)
			}
			return strconv.FormatInt(n, 10)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t  %s\n", label(m.label), num(today), num(span),
			num(m.value(r.Totals)), num(peak(buckets)), chart.Spark(buckets))
	}
	_ = tw.Flush()
}

// sumBuckets sums values per cells of per days, the last cell ending
// with the last value (today), the first taking what is left over.
func sumBuckets(values []int64, per int) []int64 {
	if per <= 1 {
		return values
	}
	out := make([]int64, (len(values)+per-1)/per)
	for i, v := range values {
		// counted from the end, so that today's cell is a whole one
		out[len(out)-1-(len(values)-1-i)/per] += v
	}
	return out
}

func peak(values []int64) int64 {
	var p int64
	for _, v := range values {
		p = max(p, v)
	}
	return p
}

// originBars is one row per origin, zero or not: the count and a bar.
func originBars(w io.Writer, by map[model.Origin]int) {
	var top int64
	for _, o := range model.Origins {
		top = max(top, int64(by[o]))
	}
	label := padder(len("coupons redeemed"))
	tw := newTable(w)
	for _, o := range model.Origins {
		fmt.Fprintf(tw, "%s\t%d\t%s\n", label(OriginLabel(o)), by[o], barCell(int64(by[o]), top))
	}
	_ = tw.Flush()
}

// revisitBars is originBars for the revisits' two entrances.
func revisitBars(w io.Writer, by map[model.Source]int) {
	var top int64
	for _, s := range revisitSources {
		top = max(top, int64(by[s]))
	}
	label := padder(len("coupons redeemed"))
	tw := newTable(w)
	for _, s := range revisitSources {
		fmt.Fprintf(tw, "%s\t%d\t%s\n", label(RevisitLabel(s)), by[s], barCell(int64(by[s]), top))
	}
	_ = tw.Flush()
}

// barCell is the last cell of a row: a bar of v out of top after a gap,
// or nothing (no trailing spaces) for nothing.
func barCell(v, top int64) string {
	bar := strings.TrimRight(chart.Bar(v, top, originBarWidth), " ")
	if bar == "" {
		return ""
	}
	return "  " + bar
}

// titleCell is a title cleaned to one line, "–" when the catalogue had
// none.
func titleCell(title string) string {
	if t := model.CleanLine(title); t != "" {
		return t
	}
	return "–"
}

// padder pads a label to n columns (at least), so that labels read
// left-aligned in a right-aligned table.
func padder(n int) func(string) string {
	return func(s string) string { return fmt.Sprintf("%-*s", n, s) }
}

// idColumn pads ids, cleaned to one line, to the widest of them and
// header: the first column of the posts' and coupons' tables.
func idColumn(header string, ids []string) func(string) string {
	n := len(header)
	for _, id := range ids {
		n = max(n, len(model.CleanLine(id)))
	}
	label := padder(n)
	return func(id string) string { return label(model.CleanLine(id)) }
}

// merchantFunnel is the funnel's counts with the conversion from the
// previous step, then the median time from the previous step.
func merchantFunnel(w io.Writer, groups []model.MerchantFunnelGroup) {
	n := len("group")
	for _, g := range groups {
		n = max(n, len(g.Name()))
	}
	label := padder(n)
	head := []string{label("group")}
	for s := range model.NumMerchantSteps {
		head = append(head, s.Name())
	}
	tw := newTable(w)
	tableRow(tw, head)
	for _, g := range groups {
		row := []string{label(g.Name()), strconv.Itoa(g.Steps[model.MStepTouch].Count)}
		for _, st := range g.Steps[model.MStepOpen:] {
			row = append(row, fmt.Sprintf("%d (%s)", st.Count, pct(st.Rate)))
		}
		tableRow(tw, row)
	}
	_ = tw.Flush()
	fmt.Fprintln(w, "\nMedian time from the previous step")
	tw = newTable(w)
	tableRow(tw, append([]string{label("group")}, head[1+model.MStepOpen:]...))
	for _, g := range groups {
		row := []string{label(g.Name())}
		for _, st := range g.Steps[model.MStepOpen:] {
			row = append(row, gapCell(st))
		}
		tableRow(tw, row)
	}
	_ = tw.Flush()
}

// gapCell is a step's median gap, "–" when nobody reached it.
func gapCell(st model.StepStat) string {
	if st.Count == 0 {
		return "–"
	}
	return Gap(st.Median)
}

// merchantPosts is one row per post, its title last (titles are any
// width, so they are not a column).
func merchantPosts(w io.Writer, posts []model.PostStats) {
	fmt.Fprintf(w, "\nPosts, newest first (all)\n")
	if len(posts) == 0 {
		fmt.Fprintln(w, "none")
		return
	}
	ids := make([]string, len(posts))
	for i, p := range posts {
		ids[i] = string(p.Post)
	}
	label := idColumn("post", ids)
	tw := newTable(w)
	fmt.Fprintf(tw, "%s\topens\tlikes\tcomments\tcollects\tforwards\tservice\tcoupon\tgroup\tclaims\torders\t  title\n", label("post"))
	for _, p := range posts {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t  %s\n", label(string(p.Post)),
			p.Opens, p.Likes, p.Comments, p.Collects, p.Forwards,
			p.Clicks[model.ComponentService], p.Clicks[model.ComponentCoupon], p.Clicks[model.ComponentGroup],
			p.Claims, p.Orders, titleCell(p.Title))
	}
	_ = tw.Flush()
}

// merchantCoupons is one row per coupon, its title last.
func merchantCoupons(w io.Writer, coupons []model.CouponStats) {
	fmt.Fprintf(w, "\nCoupons (all)\n")
	if len(coupons) == 0 {
		fmt.Fprintln(w, "none")
		return
	}
	ids := make([]string, len(coupons))
	for i, c := range coupons {
		ids[i] = string(c.Coupon)
	}
	label := idColumn("coupon", ids)
	tw := newTable(w)
	fmt.Fprintf(tw, "%s\tissued\tclaimed\tredeemed\t  title\n", label("coupon"))
	for _, c := range coupons {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t  %s\n", label(string(c.Coupon)),
			c.Issued, c.Claimed, c.Redeemed, titleCell(c.Title))
	}
	_ = tw.Flush()
}
