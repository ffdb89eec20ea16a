package merchant

import (
	"strings"

	"lifesim/model"
	"lifesim/report/chart"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// newCouponLabel is the coupon window's hint that n creates a coupon: a
// click on it does what n does.
const newCouponLabel = "n creates a coupon"

// couponsView is the coupon window: each of the merchant's coupons with
// how many reached card packs, were claimed and were redeemed, and a bar
// of the share of its issues redeemed; n opens the new-coupon form.
func (c *Console) couponsView(w, h int) string {
	st := c.opts.Styles
	cs := st.Console()
	coupons := c.fig.report.Coupons
	head := c.section("Coupon window", "its coupons: issued to card packs, claimed, redeemed", w)
	hint := st.Muted.Render(draw.Line(newCouponLabel+": it joins this window, its posts' components and nearby payment-success pages.", w))
	if len(coupons) == 0 {
		c.bodyHits.Label(idNew, hint, 4, hit.ZButton, newCouponLabel)
		return head + "\n\n" + st.Muted.Render("No coupons yet.") + "\n\n" + hint
	}
	rows := [][]string{{"coupon", "issued", "claimed", "redeemed"}}
	for _, cp := range coupons {
		n := func(v int) string { return fmtCount(int64(v)) }
		rows = append(rows, []string{model.CleanLine(cp.Title), n(cp.Issued), n(cp.Claimed), n(cp.Redeemed)})
	}
	widths := columnWidths(rows)
	figW := draw.Width(rightRow(rows[0][1:], widths[1:], 2))
	barW := min(24, max(w-2-figW-4-30, 0)) // the bar only where the title keeps 30 cells
	if barW < len("redeemed of issued") {
		barW = 0
	}
	widths[0] = max(min(widths[0], w-2-figW-2-barW-2), 8)
	sel := draw.Clamp(c.sel[Coupons], len(coupons))
	lines := make([]string, len(coupons))
	for i, r := range rows[1:] {
		text := alignRow(r, widths, 2)
		if barW > 0 {
			text += "  " + chart.Bar(int64(coupons[i].Redeemed), int64(coupons[i].Issued), barW)
		}
		lines[i] = c.tableRow(text, i == sel, w)
	}
	header := "  " + alignRow(rows[0], widths, 2)
	if barW > 0 {
		header += "  redeemed of issued"
	}
	room := max(h-4, 1) // the heading, the header; a blank line and the hint
	body := c.vp[Coupons].Render(lines, sel, room)
	c.bodyHits.Blocks(c.vp[Coupons].Shown(), 2, w, hit.ZItem, hit.Item)
	c.bodyHits.Label(idNew, hint, 3+strings.Count(body, "\n")+1, hit.ZButton, newCouponLabel)
	return strings.Join([]string{head, cs.Head.Render(draw.Line(header, w)), body, "", hint}, "\n")
}
