package merchant

import (
	"fmt"
	"strconv"
	"strings"

	"lifesim/model"
	"lifesim/report"
	"lifesim/report/chart"
	"lifesim/ui/draw"
)

// metric is one line of the Overview's table: its name and its figure on
// a day.
type metric struct {
	label string
	value func(model.MerchantDay) int64
	money bool // cents, printed in yuan
}

// metrics are the Overview's lines, in the order the issue lists them.
func metrics() []metric {
	return []metric{
		{label: "followers gained", value: func(d model.MerchantDay) int64 { return int64(d.FollowersGained) }},
		{label: "followers lost", value: func(d model.MerchantDay) int64 { return int64(d.FollowersLost) }},
		{label: "collects", value: func(d model.MerchantDay) int64 { return int64(d.Collects) }},
		{label: "revisits", value: func(d model.MerchantDay) int64 { return int64(d.Revisits) }},
		{label: "orders", value: func(d model.MerchantDay) int64 { return int64(d.Orders) }},
		{label: "revenue", value: func(d model.MerchantDay) int64 { return d.RevenueCents }, money: true},
		{label: "coupons issued", value: func(d model.MerchantDay) int64 { return int64(d.CouponsIssued) }},
		{label: "coupons claimed", value: func(d model.MerchantDay) int64 { return int64(d.CouponsClaimed) }},
		{label: "coupons redeemed", value: func(d model.MerchantDay) int64 { return int64(d.CouponsRedeemed) }},
	}
}

func (m metric) format(v int64) string {
	if m.money {
		return model.FormatYuan(v)
	}
	return fmtCount(v)
}

// overviewView is today's figures and the span's, each with its
// sparkline (a cell a day, oldest first, today last), then followers and
// collects by origin as bars, then revisits by where they came from.
func (c *Console) overviewView(w, h int) string {
	r := c.fig.report
	days := len(r.Days)
	note := fmt.Sprintf("last %d simulated days, today last", days)
	out := []string{c.section("Overview", note, w), ""}
	out = append(out, c.metricTable(w)...)
	out = append(out, "")
	out = append(out, c.originBars(w)...)
	out = append(out, "", c.revisitLine(w))
	return strings.Join(out, "\n")
}

// metricTable is the table of metrics: today, the span, all time and
// the span's sparkline.
func (c *Console) metricTable(w int) []string {
	st := c.opts.Styles
	cs := st.Console()
	r := c.fig.report
	var today model.MerchantDay
	if n := len(r.Days); n > 0 {
		today = r.Days[n-1]
	}
	ms := metrics()
	spanHead := strconv.Itoa(len(r.Days)) + " days"
	cells := [][]string{{"", "today", spanHead, "all time"}}
	sparks := make([]string, len(ms))
	for i, m := range ms {
		vals := make([]int64, len(r.Days))
		var span int64
		for j, d := range r.Days {
			vals[j] = m.value(d)
			span += vals[j]
		}
		sparks[i] = chart.Spark(vals)
		cells = append(cells, []string{m.label, m.format(m.value(today)), m.format(span), m.format(m.value(r.Totals))})
	}
	widths := columnWidths(cells)
	out := make([]string, 0, len(cells))
	for i, row := range cells {
		line := alignRow(row, widths, 3)
		if i == 0 {
			out = append(out, cs.Head.Render(draw.Line(line+"   daily", w)))
			continue
		}
		rest := w - draw.Width(line) - 3
		spark := ""
		if rest > 0 {
			spark = cs.Spark.Render(draw.Truncate(sparks[i-1], rest, ""))
		}
		label := cs.Label.Render(padRight(row[0], widths[0]))
		nums := cs.Number.Render(rightRow(row[1:], widths[1:], 3))
		out = append(out, label+"   "+nums+"   "+spark)
	}
	return out
}

// shownOrigins are the origins the bars list: the public places always,
// "other" and "unknown" only when they count something.
func shownOrigins(by ...map[model.Origin]int) []model.Origin {
	var out []model.Origin
	for _, o := range model.Origins {
		public := o != model.OriginOther && o != model.OriginUnknown
		some := false
		for _, m := range by {
			some = some || m[o] > 0
		}
		if public || some {
			out = append(out, o)
		}
	}
	return out
}

// originBars are followers gained and collects by origin over the whole
// log, side by side when there is room, else one under the other.
func (c *Console) originBars(w int) []string {
	r := c.fig.report
	origins := shownOrigins(r.FollowsBy, r.CollectsBy)
	const gap = 4
	if w >= 2*36+gap {
		cw := (w - gap) / 2
		left := c.bars("Followers by origin", r.FollowsBy, origins, cw)
		right := c.bars("Collects by origin", r.CollectsBy, origins, cw)
		out := make([]string, len(left))
		for i := range left {
			out[i] = padRight(left[i], cw) + strings.Repeat(" ", gap) + right[i]
		}
		return out
	}
	out := c.bars("Followers by origin", r.FollowsBy, origins, w)
	return append(append(out, ""), c.bars("Collects by origin", r.CollectsBy, origins, w)...)
}

// bars is one chart: a title, then a line per origin with its label, its
// bar (the largest fills the room) and its count.
func (c *Console) bars(title string, by map[model.Origin]int, origins []model.Origin, w int) []string {
	st := c.opts.Styles
	cs := st.Console()
	var top int64
	numW := 1
	for _, o := range origins {
		top = max(top, int64(by[o]))
		numW = max(numW, draw.Width(fmtCount(int64(by[o]))))
	}
	const labelW = 16
	barW := min(max(w-labelW-numW-2, 1), 40) // a longer bar reads no better
	out := []string{st.Section.Render(title) + st.Muted.Render(" · all time")}
	for _, o := range origins {
		n := int64(by[o])
		out = append(out, cs.Label.Render(padRight(report.OriginLabel(o), labelW))+
			cs.Bar.Render(chart.Bar(n, top, barW))+" "+cs.Number.Render(padLeft(fmtCount(n), numW)))
	}
	return out
}

// revisitLine is the revisits over the whole log, by where they came
// from. Origins and entrances are named as lifesim merchant names them.
func (c *Console) revisitLine(w int) string {
	st := c.opts.Styles
	by := c.fig.report.RevisitsBy
	var parts []string
	for _, src := range []model.Source{model.SourceHomeGrid, model.SourceMyMiniPrograms} {
		parts = append(parts, report.RevisitLabel(src)+" "+fmtCount(int64(by[src])))
	}
	text := strings.Join(parts, " · ")
	return st.Section.Render("Revisits") + st.Muted.Render(" · all time: ") + st.Text.Render(draw.Line(text, max(w-24, 1)))
}
