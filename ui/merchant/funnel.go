package merchant

import (
	"fmt"
	"strings"

	"lifesim/model"
	"lifesim/report"
	"lifesim/report/chart"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// funnelView is the merchant's funnel, per persona: for everyone, then
// for each experiment arm seen, each step with how many reached it, the
// share of the step before, the median time from it, and a bar (the
// group's public touches fill it). ↑/↓ move between the groups.
func (c *Console) funnelView(w, h int) string {
	st := c.opts.Styles
	head := c.section("Private-domain funnel", "personas at each step, as lifesim merchant counts them", w)
	groups := c.fig.report.Funnel
	if len(groups) == 0 {
		return head + "\n\n" + st.Muted.Render(draw.Block("No one has come across this merchant yet: a search result, a post or a payment-success offer of its own is a public touch.", w, 3))
	}
	cols := funnelColumns(groups)
	cs := st.Console()
	header := cs.Head.Render(draw.Line("  "+alignRow([]string{"step", "personas", "rate", "median gap"}, cols, 3), w))
	blocks := make([]string, len(groups))
	sel := draw.Clamp(c.sel[Funnel], len(groups))
	for i, g := range groups {
		blocks[i] = c.funnelBlock(g, cols, i == sel, w)
	}
	body := c.vp[Funnel].Render(blocks, sel, max(h-3, 1))
	c.bodyHits.Blocks(c.vp[Funnel].Shown(), 3, w, hit.ZItem, hit.Item)
	return head + "\n" + header + "\n\n" + body
}

// funnelColumns are the widths of the funnel's columns over every group.
func funnelColumns(groups []model.MerchantFunnelGroup) []int {
	rows := [][]string{{"step", "personas", "rate", "median gap"}}
	for _, g := range groups {
		rows = append(rows, funnelCells(g)...)
	}
	return columnWidths(rows)
}

// funnelCells are a group's rows: step, count, rate and median gap (none
// for the first step, which has no step before it).
func funnelCells(g model.MerchantFunnelGroup) [][]string {
	out := make([][]string, 0, model.NumMerchantSteps)
	for s := range model.NumMerchantSteps {
		stat := g.Steps[s]
		rate, gap := "", ""
		if s > model.MStepTouch {
			rate = fmt.Sprintf("%.0f%%", stat.Rate*100)
			gap = "—"
			if stat.Count > 0 {
				gap = report.Gap(stat.Median)
			}
		}
		out = append(out, []string{s.Name(), fmtCount(int64(stat.Count)), rate, gap})
	}
	return out
}

// funnelBlock is one group: its name (marked › when selected), its
// steps with bars, and a blank line.
func (c *Console) funnelBlock(g model.MerchantFunnelGroup, cols []int, sel bool, w int) string {
	st := c.opts.Styles
	cs := st.Console()
	name := "everyone"
	if g.Experiment != "" {
		name = model.CleanLine(g.Name())
	}
	marker := "  "
	if sel {
		marker = st.Cursor.Render("›") + " "
	}
	lines := []string{marker + st.Title.Render(draw.Line(name, w-2))}
	top := int64(g.Steps[model.MStepTouch].Count)
	for s, row := range funnelCells(g) {
		text := alignRow(row, cols, 3)
		barW := w - 2 - draw.Width(text) - 3
		line := "  " + cs.Label.Render(padRight(row[0], cols[0])) + "   " + cs.Number.Render(rightRow(row[1:], cols[1:], 3))
		if barW > 0 {
			n := int64(g.Steps[s].Count)
			line += "   " + cs.Bar.Render(chart.Bar(n, top, min(barW, 40)))
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n") + "\n"
}
