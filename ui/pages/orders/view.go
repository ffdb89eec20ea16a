package orders

import (
	"fmt"
	"strings"
	"time"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

const (
	emptyTitle = "No orders yet"
	emptyHow   = "Open a mini program (from Search or Home), choose a service with enter and confirm it: " +
		"each order appears here, newest first."
)

// View draws the header and the orders, scrolled to the selection.
func (m *List) View() string {
	st := m.env.Styles
	w := m.width
	items, loaded := m.items(), m.loaded && !m.waiting
	count := ""
	if loaded && m.err == nil && len(items) > 0 {
		count = st.Muted.Render(draw.Plural(len(items), "order"))
	}
	header := draw.PageHeader(st, "My orders", count, w)
	m.hits.Reset()
	m.hits.Label(hit.Back, header, 0, hit.ZButton, "‹ My orders")
	return draw.PageView(st, header, w, m.height, loaded, m.err, func(h int) string {
		blocks := make([]string, len(items))
		for i, it := range items {
			blocks[i] = m.row(it, i == m.sel)
		}
		body := draw.ListBody(st, &m.vp, blocks, m.sel, w, h, emptyTitle, emptyHow)
		if len(blocks) > 0 {
			m.hits.Blocks(m.vp.Shown(), strings.Count(header, "\n")+1, w, hit.ZItem, hit.Item)
		}
		return body
	})
}

// row is three lines: the mini program and the total, what was ordered,
// and the status with the order id and when it was placed.
func (m *List) row(p placed, sel bool) string {
	st := m.env.Styles
	o := p.order
	name := model.CleanLine(p.program.Name)
	if name == "" {
		name = model.CleanLine(string(o.MiniProgramID))
	}
	total := draw.Text(model.FormatYuan(o.TotalCents), st.Price)
	status := "Paid"
	if o.Booking() {
		total, status = draw.Text("Booked", st.Success), "Confirmed"
	}
	if o.DiscountCents > 0 {
		status += " · " + model.FormatYuanShort(o.DiscountCents) + " off by coupon"
	}
	head := draw.Row(st, sel, sel, m.width,
		[]draw.Span{draw.Text(draw.Icon(p.program.Icon)+" ", st.Text), draw.Text(name, st.Title)},
		[]draw.Span{total})
	what := draw.Row(st, sel, false, m.width, []draw.Span{draw.Text("   "+lines(o.Lines), st.Text)}, nil)
	when := draw.Row(st, sel, false, m.width,
		[]draw.Span{draw.Text("   "+status+" · "+model.CleanLine(o.ID), st.Muted)},
		[]draw.Span{draw.Text(ago(o.PaidAt, m.env.Clock()), st.Muted)})
	return head + "\n" + what + "\n" + when
}

// lines is what was ordered: "Egg Tarts ×1, Crayfish Burger ×2".
func lines(ls []model.OrderLine) string {
	parts := make([]string, 0, len(ls))
	for _, l := range ls {
		parts = append(parts, fmt.Sprintf("%s ×%d", model.CleanLine(l.Name), l.Qty))
	}
	return strings.Join(parts, ", ")
}

// ago is "2h ago" on the simulated clock; "just now" and short dates (an
// order more than a week old) read as they are.
func ago(t, now time.Time) string {
	a := model.Age(t, now)
	if a == "just now" || strings.ContainsAny(a, " -") {
		return a
	}
	return a + " ago"
}
