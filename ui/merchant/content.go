package merchant

import (
	"strings"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// contentHead is the Content table's header: the post, then what it did.
// svc, cpn and grp are clicks on its components (a service link, a
// coupon, a group), the legend under the table says so.
func contentHead() []string {
	return []string{"post", "opens", "likes", "cmnts", "colls", "fwds", "svc", "cpn", "grp", "claims", "orders"}
}

// contentView is the account's posts, newest first, one row each with
// what it did, the selected one marked and its whole title under the
// table; ↑/↓ move, and the table scrolls to keep the selection in view.
func (c *Console) contentView(w, h int) string {
	st := c.opts.Styles
	posts := c.fig.report.Posts
	head := c.section("Content", "its posts, newest first, and what each did", w)
	if len(posts) == 0 {
		return head + "\n\n" + st.Muted.Render("No posts yet: write one on 5 Publish.")
	}
	rows := [][]string{contentHead()}
	for _, p := range posts {
		rows = append(rows, contentCells(p))
	}
	widths := columnWidths(rows)
	// the title takes what the figures leave
	figW := draw.Width(rightRow(rows[0][1:], widths[1:], 2))
	widths[0] = max(min(widths[0], w-2-figW-2), 8)
	cs := st.Console()
	table := []string{cs.Head.Render(draw.Line("  "+alignRow(rows[0], widths, 2), w))}
	sel := draw.Clamp(c.sel[Content], len(posts))
	lines := make([]string, len(posts))
	for i, r := range rows[1:] {
		lines[i] = c.tableRow(alignRow(r, widths, 2), i == sel, w)
	}
	legend := st.Muted.Render(draw.Line("cmnts comments · colls collects · fwds forwards · svc/cpn/grp clicks on its service, coupon and group components · claims of its coupon · orders it led to", w))
	full := st.Text.Render(draw.Line("› "+model.CleanLine(posts[sel].Title), w))
	room := max(h-5, 1) // the heading, the header; a blank line, the title and the legend
	body := c.vp[Content].Render(lines, sel, room)
	c.bodyHits.Blocks(c.vp[Content].Shown(), 2, w, hit.ZItem, hit.Item)
	return strings.Join([]string{head, table[0], body, "", full, legend}, "\n")
}

// contentCells are one post's cells.
func contentCells(p model.PostStats) []string {
	n := func(v int) string { return fmtCount(int64(v)) }
	return []string{
		model.CleanLine(p.Title), n(p.Opens), n(p.Likes), n(p.Comments), n(p.Collects), n(p.Forwards),
		n(p.Clicks[model.ComponentService]), n(p.Clicks[model.ComponentCoupon]), n(p.Clicks[model.ComponentGroup]),
		n(p.Claims), n(p.Orders),
	}
}

// tableRow is a table's row, the selected one marked › and highlighted
// across the width.
func (c *Console) tableRow(text string, sel bool, w int) string {
	st := c.opts.Styles
	if !sel {
		return st.Text.Render(draw.Line("  "+text, w))
	}
	line := padRight(draw.Line(text, w-2), w-2)
	return st.Cursor.Inherit(st.Selected).Render("›") + st.Selected.Render(" "+line)
}
