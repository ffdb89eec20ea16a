package coupons

import (
	"fmt"
	"strings"

	"lifesim/model"
	"lifesim/ui/components/postcard"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// View draws the header and the coupons, scrolled to the selection.
func (m *CardPack) View() string {
	st := m.env.Styles
	w := m.width
	count := ""
	if m.loaded && m.err == nil {
		count = st.Muted.Render(fmt.Sprintf("%d usable", m.usable()))
	}
	header := draw.PageHeader(st, "My coupons", count, w)
	m.hits.Reset()
	m.hits.Label(hit.Back, header, 0, hit.ZButton, "‹ My coupons")
	return draw.PageView(st, header, w, m.height, m.loaded, m.err, func(h int) string {
		blocks := make([]string, len(m.items))
		for i, it := range m.items {
			blocks[i] = m.row(it, i == m.sel)
		}
		body := draw.ListBody(st, &m.vp, blocks, m.sel, w, h, "No coupons yet",
			"Claim them from posts, a Life Account's coupon window, or the offers after you pay.")
		if len(blocks) > 0 {
			m.hits.Blocks(m.vp.Shown(), strings.Count(header, "\n")+1, w, hit.ZItem, hit.Item)
		}
		return body
	})
}

func (m *CardPack) usable() int {
	n := 0
	for _, it := range m.items {
		if it.status == model.CouponUsable {
			n++
		}
	}
	return n
}

// row is the mini program it is redeemed in and its status, then the deal
// (which names its kind) and its validity.
func (m *CardPack) row(h held, sel bool) string {
	st := m.env.Styles
	status := draw.Text(h.status.Label(), st.Success)
	if h.status != model.CouponUsable {
		status = draw.Text(h.status.Label(), st.Muted)
	}
	name := h.program.Name
	if name == "" {
		name = string(h.coupon.MiniProgramID)
	}
	head := draw.Row(st, sel, sel, m.width,
		[]draw.Span{draw.Text(draw.Icon(h.program.Icon)+" ", st.Text), draw.Text(model.CleanLine(name), st.Title)},
		[]draw.Span{status})
	deal := model.CouponDeal(h.coupon)
	line := postcard.IconCoupon + " " + deal + " · until " + model.ShortDate(h.coupon.ValidUntil, m.env.Clock())
	if h.claim.RedeemedIn != "" {
		line = postcard.IconCoupon + " " + deal + " · used in order " + h.claim.RedeemedIn
	}
	style := st.Accent
	if h.status != model.CouponUsable {
		style = st.Muted
	}
	info := draw.Row(st, sel, false, m.width, []draw.Span{draw.Text("   "+model.CleanLine(line), style)}, nil)
	return head + "\n" + info
}
