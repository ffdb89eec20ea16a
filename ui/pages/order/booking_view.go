package order

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// bookingView is the confirm page of a free service: what is booked and a
// Book button. There is nothing to pay, so no quantity, coupon, total or
// ¥0.00.
func (c *Confirm) bookingView(w, h int) string {
	st := c.env.Styles
	free := st.Success.Render("Free")
	name := draw.Line(c.svc.Name, w-lipgloss.Width(free)-1)
	item := draw.Spread(st.Text.Bold(true).Render(name), free, w)
	if d := strings.TrimSpace(c.svc.Description); d != "" {
		item += "\n" + st.Muted.Render(draw.Block(d, w, 2))
	}
	c.hits.Reset()
	var k stack
	head := pageHeader(st, "Confirm booking", w)
	k.add(head, st.Title.Render(draw.Line(iconName(c.mp), w)), "", item, rule(st, w), "")
	book := c.bookLine(w)
	c.hits.Label(hit.Back, head, 0, hit.ZButton, "‹ Confirm booking")
	c.hits.Label(idPay, book, k.add(book), hit.ZButton, "[ enter  Book ]")
	return draw.Fit(strings.Join(k.parts, "\n"), w, h)
}

// bookLine is the Book button, "Booking…" while the booking commits, and
// the last failure if any.
func (c *Confirm) bookLine(w int) string {
	st := c.env.Styles
	if c.paying {
		return center(st.Accent.Render("Booking…"), w)
	}
	out := center(st.Button.Render("[ enter  Book ]"), w) + "\n" +
		center(st.Muted.Render(draw.Line("free · no payment needed", w)), w)
	if c.err != nil {
		out += "\n\n" + st.Error.Render(draw.Block("✗ Booking failed: "+model.CleanLine(c.err.Error()), w, 3))
	}
	return out
}

// bookingReceipt is what was booked and the order id: nothing was paid, so
// no amounts and no "Total paid".
func (s *Success) bookingReceipt(w int) string {
	st := s.env.Styles
	var lines []string
	for _, l := range s.order.Lines {
		qty := fmt.Sprintf("×%d", l.Qty)
		lines = append(lines, draw.Spread(st.Text.Render(draw.Line(l.Name, w-lipgloss.Width(qty)-1)), st.Text.Render(qty), w))
	}
	lines = append(lines, draw.Spread(st.Muted.Render(draw.Line("Booking "+s.order.ID, w/2)),
		st.Muted.Render(model.Age(s.order.PaidAt, s.env.Clock())), w))
	return rule(st, w) + "\n" + strings.Join(lines, "\n") + "\n" + rule(st, w)
}
