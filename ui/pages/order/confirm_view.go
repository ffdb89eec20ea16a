package order

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/styles"
)

// View draws the order: what, how many, the coupon, the price breakdown and
// the pay button.
func (c *Confirm) View() string {
	w, h := c.width, c.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if c.booking() {
		return c.bookingView(w, h)
	}
	st := c.env.Styles
	c.hits.Reset()
	k := stack{parts: make([]string, 0, 16)}
	head := pageHeader(st, "Confirm order", w)
	k.add(head, st.Title.Render(draw.Line(iconName(c.mp), w)), "", c.item(w), "")
	q := c.quantity(w)
	y := k.add(q, rule(st, w), row(st, "Subtotal", st.Text.Render(model.FormatYuan(c.subtotal())), w))
	c.hits.Label(hit.Back, head, 0, hit.ZButton, "‹ Confirm order")
	c.hits.Label(idLess, q, y, hit.ZButton, "‹ −")
	c.hits.Label(idMore, q, y, hit.ZButton, "+ ›")
	if y := k.add(c.discountRows(w)); c.canToggleCoupon() {
		c.hits.Add(idCoupon, 0, y+1, w, 2, hit.ZItem) // the coupon and what space does
	}
	total := model.FormatYuan(c.subtotal() - c.discount())
	k.add(rule(st, w), row(st, st.Title.Render("Total"), st.Price.Render(total), w), "")
	pay := c.payLine(w)
	c.hits.Label(idPay, pay, k.add(pay), hit.ZButton, "[ enter  Pay "+total+" ]")
	return draw.Fit(strings.Join(k.parts, "\n"), w, h)
}

// item is the service with its unit price and description.
func (c *Confirm) item(w int) string {
	st := c.env.Styles
	price := model.FormatYuan(c.svc.PriceCents)
	name := draw.Line(c.svc.Name, w-lipgloss.Width(price)-1)
	out := draw.Spread(st.Text.Bold(true).Render(name), st.Price.Render(price), w)
	if d := strings.TrimSpace(c.svc.Description); d != "" {
		out += "\n" + st.Muted.Render(draw.Block(d, w, 2))
	}
	return out
}

// quantity is the stepper: ← n →, the arrows dimmed at the limits.
func (c *Confirm) quantity(w int) string {
	st := c.env.Styles
	arrow := func(s string, on bool) string {
		if on {
			return st.Accent.Render(s)
		}
		return st.Subtle.Render(s)
	}
	stepper := arrow("‹ −", c.qty > 1) + st.Title.Render(fmt.Sprintf("  %d  ", c.qty)) + arrow("+ ›", c.qty < maxQty)
	return draw.Spread(st.Text.Render("Quantity"), stepper, w)
}

// discountRows is the discount, then the coupon behind it (or why none
// applies) and what space does.
func (c *Confirm) discountRows(w int) string {
	st := c.env.Styles
	amount := row(st, "Discount", st.Success.Render(minusYuan(c.discount())), w)
	line := func(s string) string { return "\n" + st.Muted.Render(draw.Line("  "+s, w)) }
	switch {
	case !c.loaded:
		return amount + line("checking your coupons…")
	case c.loadErr != nil:
		return amount + "\n" + st.Error.Render(draw.Line("  coupons unavailable: "+c.loadErr.Error(), w))
	}
	if b, _, ok := c.best(); ok {
		title := model.CleanLine(b.Title)
		if !c.useCoupon {
			return amount + line("coupon not used: "+title) + "\n" + hint(st, "space: use coupon", w)
		}
		return amount + "\n" + st.Accent.Render(draw.Line("  ✓ "+title, w)) + "\n" + hint(st, "space: don't use", w)
	}
	if next, gap, ok := c.nextThreshold(); ok {
		return amount + line("spend "+model.FormatYuan(gap)+" more for “"+model.CleanLine(next.Title)+"”")
	}
	if len(c.coupons) > 0 {
		return amount + line("your coupons don't apply to this order")
	}
	return amount + line("no coupon claimed for this mini program")
}

// payLine is the pay button, "Paying…" while the order commits, and the
// last failure if any.
func (c *Confirm) payLine(w int) string {
	st := c.env.Styles
	if c.paying {
		return center(st.Accent.Render("Paying…"), w)
	}
	total := model.FormatYuan(c.subtotal() - c.discount())
	out := center(st.Button.Render("[ enter  Pay "+total+" ]"), w) + "\n" +
		center(st.Muted.Render("simulated payment · nothing is charged"), w)
	if c.err != nil {
		out += "\n\n" + st.Error.Render(draw.Block("✗ Payment failed: "+c.err.Error(), w, 3))
	}
	return out
}

// pageHeader is a pushed page's title bar with a back arrow and a rule.
func pageHeader(st *styles.Styles, title string, w int) string {
	return st.Muted.Render("‹ ") + st.Title.Render(draw.Line(title, w-2)) + "\n" + rule(st, w)
}

func rule(st *styles.Styles, w int) string { return st.Subtle.Render(strings.Repeat("─", w)) }

// row is a label on the left and a value on the right.
func row(st *styles.Styles, label, value string, w int) string {
	return draw.Spread(st.Text.Render(label), value, w)
}

// hint is a muted, right-aligned line under a row.
func hint(st *styles.Styles, s string, w int) string {
	return lipgloss.PlaceHorizontal(w, lipgloss.Right, st.Muted.Render(draw.Line(s, w)))
}

func center(s string, w int) string { return lipgloss.PlaceHorizontal(w, lipgloss.Center, s) }

// minusYuan renders a discount: "-¥8.00", or "¥0.00" when there is none.
func minusYuan(cents int64) string {
	if cents == 0 {
		return model.FormatYuan(0)
	}
	return model.FormatYuan(-cents)
}

// iconName is "🍗 KFC Self-Service Ordering".
func iconName(mp model.MiniProgram) string {
	if mp.Icon == "" {
		return model.CleanLine(mp.Name)
	}
	return model.CleanLine(mp.Icon) + " " + model.CleanLine(mp.Name)
}
