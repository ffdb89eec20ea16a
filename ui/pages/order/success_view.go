package order

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/components/couponoffer"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// View draws the receipt, the collection prompt and the nearby offers,
// scrolled so the selected offer is in view.
func (s *Success) View() string {
	w, h := s.width, s.height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := s.env.Styles
	title := "Payment result"
	if s.order.Booking() {
		title = "Booking result"
	}
	head := pageHeader(st, title, w)
	blocks := []string{s.hero(w), s.receipt(w), s.collectPrompt(w)}
	switch {
	case !s.loaded:
		blocks = append(blocks, st.Muted.Render("Looking for offers nearby…"))
	case s.err != nil:
		blocks = append(blocks, st.Error.Render(draw.Block("✗ "+s.err.Error(), w, 3)))
	case !s.offersOff():
		blocks = append(blocks, s.offersHeading(w))
	}
	offers, selected := s.offerBlocks(w)
	firstOffer := len(blocks)
	if selected >= 0 {
		selected += firstOffer
	}
	blocks = append(blocks, offers...)
	if s.loaded && s.err == nil && len(s.offers) == 0 && !s.offersOff() {
		blocks = append(blocks, s.noOffers(w))
	}
	top := lipgloss.Height(head)
	body := s.vp.Render(blocks, selected, h-top)
	s.hits.Reset()
	s.hits.Label(hit.Back, head, 0, hit.ZButton, "‹ "+title)
	s.successRegions(firstOffer, top, w)
	return draw.Fit(head+"\n"+body, w, h)
}

// offerBlocks is the nearby offers, a merchant's heading sharing a block
// with its first coupon so that selecting that coupon keeps the heading in
// view; selected is the selected offer's block (−1: none).
func (s *Success) offerBlocks(w int) (blocks []string, selected int) {
	selected, i := -1, 0 // i: the offer's index in s.offers
	for _, g := range s.groups {
		for j, o := range g.Offers {
			if i == s.sel {
				selected = len(blocks)
			}
			line := s.offerLine(i, o, w)
			if j == 0 {
				line = s.merchantHeading(g, w) + "\n" + line
			}
			blocks = append(blocks, line)
			i++
		}
	}
	return blocks, selected
}

// hero is the big tick, the amount and the mini program paid, by the
// name people know it by (not the legal entity behind it).
func (s *Success) hero(w int) string {
	st := s.env.Styles
	who := iconName(s.mp)
	whom := center(st.Muted.Render(draw.Line(who, w)), w)
	if s.order.Booking() {
		return "\n" + center(st.Success.Bold(true).Render("✓ Booking confirmed"), w) + "\n" + whom + "\n"
	}
	return "\n" + center(st.Success.Bold(true).Render("✓ Payment successful"), w) + "\n" +
		center(st.Price.Render(model.FormatYuan(s.order.TotalCents)), w) + "\n" + whom + "\n"
}

// receipt is the order lines, the discount, the total and the order id.
func (s *Success) receipt(w int) string {
	st := s.env.Styles
	if s.order.Booking() {
		return s.bookingReceipt(w)
	}
	var lines []string
	for _, l := range s.order.Lines {
		amount := model.FormatYuan(l.PriceCents * int64(l.Qty))
		qty := fmt.Sprintf(" ×%d", l.Qty)
		name := draw.Line(l.Name, w-lipgloss.Width(amount)-lipgloss.Width(qty)-1)
		lines = append(lines, row(st, name+qty, st.Text.Render(amount), w))
	}
	if s.order.DiscountCents > 0 {
		label := "Discount"
		if s.couponTitle != "" {
			label = "Coupon " + s.couponTitle
		}
		amount := minusYuan(s.order.DiscountCents)
		label = draw.Line(label, w-lipgloss.Width(amount)-1)
		lines = append(lines, row(st, label, st.Success.Render(amount), w))
	}
	lines = append(lines,
		row(st, st.Title.Render("Total paid"), st.Price.Render(model.FormatYuan(s.order.TotalCents)), w),
		draw.Spread(st.Muted.Render(draw.Line("Order "+s.order.ID, w/2)),
			st.Muted.Render(model.Age(s.order.PaidAt, s.env.Clock())), w))
	return rule(st, w) + "\n" + strings.Join(lines, "\n") + "\n" + rule(st, w)
}

// collectPrompt asks to collect the mini program after paying. It is the
// payment-success prompt, separate from the once-per-persona guidance tip,
// so it shows whenever the mini program is not collected.
func (s *Success) collectPrompt(w int) string {
	st := s.env.Styles
	if !s.loaded {
		return ""
	}
	if s.state.Collected(s.mp.ID) {
		return st.ButtonOn.Render(draw.Line("★ In My Mini Programs — one tap from Home", w))
	}
	if !s.guidance().Shows() {
		return "" // collect_guidance=off: no collection guidance anywhere
	}
	text := "☆ Add " + model.CleanLine(s.mp.Name) + " to My Mini Programs for one-tap return — press s"
	return st.Tip.Width(w).Render(draw.Block(text, w-st.Tip.GetHorizontalFrameSize(), 0))
}

func (s *Success) offersHeading(w int) string {
	st := s.env.Styles
	radius := formatDistance(s.env.Settings.NearbyRadiusMetres)
	return "\n" + st.Section.Render("Nearby offers") + st.Muted.Render(draw.Line(" · within "+radius, w-13))
}

// merchantHeading is a nearby merchant once, by brand name, with the
// distance of its nearest store; its coupons follow under it.
func (s *Success) merchantHeading(g merchantOffers, w int) string {
	st := s.env.Styles
	dist := formatDistance(g.Metres)
	name := model.CleanLine(g.Brand)
	if g.Icon != "" {
		name = draw.Icon(g.Icon) + " " + name
	}
	return draw.Spread(st.Title.Render(draw.Line(name, w-lipgloss.Width(dist)-1)), st.Muted.Render(dist), w)
}

// offerLine is one coupon under its merchant: the deal (which names its
// kind: "Pay-to-get · ¥10 off", "Spend ¥99 get ¥20 off") and what it
// offers (Claim, then Use ›).
func (s *Success) offerLine(i int, o offer, w int) string {
	st := s.env.Styles
	sel := i == s.sel
	off := s.offer(o)
	deal := model.CleanLine("🎫 " + model.CouponDeal(o.Coupon))
	return draw.Row(st, sel, sel, w, []draw.Span{draw.Text(deal, st.Accent)},
		[]draw.Span{draw.Text(couponoffer.Text(off), couponoffer.Style(st, off))})
}

// noOffers is the empty state under the heading.
func (s *Success) noOffers(w int) string {
	st := s.env.Styles
	radius := formatDistance(s.env.Settings.NearbyRadiusMetres)
	return st.Text.Render("No offers within "+radius) + "\n" +
		st.Muted.Render(draw.Block("Merchants near you have no coupons right now — check back after your next payment.", w, 0))
}
