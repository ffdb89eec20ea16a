package coupons

import (
	"fmt"
	"strings"

	"lifesim/model"
	"lifesim/ui/common"
	"lifesim/ui/components/postcard"
)

// View draws the header and the coupons, scrolled to the selection.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.env.Styles
	w := m.width
	count := ""
	if m.loaded && m.err == nil {
		count = st.Muted.Render(fmt.Sprintf("%d usable", m.usable()))
	}
	top := common.Spread(st.Title.Render("←")+" "+st.Title.Render("My coupons"), count, w) + "\n" +
		st.Subtle.Render(strings.Repeat("─", w))
	h := max(m.height-2, 0)
	var body string
	switch {
	case m.err != nil:
		body = st.Error.Render(common.Block(m.err.Error(), w, 0))
	case !m.loaded:
		body = st.Muted.Render("Loading…")
	case len(m.items) == 0:
		body = "\n" + st.Text.Render(common.Block("No coupons yet", w, 0)) + "\n" +
			st.Muted.Render(common.Block("Claim them from posts, a Life Account's coupon window, or the offers after you pay.", w, 0))
	default:
		blocks := make([]string, len(m.items))
		for i, it := range m.items {
			blocks[i] = m.row(it, i == m.sel)
		}
		body = m.vp.Render(blocks, m.sel, h)
	}
	return common.Fit(top+"\n"+common.Fit(body, w, h), w, m.height)
}

func (m *Model) usable() int {
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
func (m *Model) row(h held, sel bool) string {
	st := m.env.Styles
	status := common.S(h.status.Label(), st.Success)
	if h.status != model.CouponUsable {
		status = common.S(h.status.Label(), st.Muted)
	}
	name := h.program.Name
	if name == "" {
		name = string(h.coupon.MiniProgramID)
	}
	head := common.Row(st, sel, sel, m.width,
		[]common.Seg{common.S(common.Icon(h.program.Icon)+" ", st.Text), common.S(model.CleanLine(name), st.Title)},
		[]common.Seg{status})
	deal := model.CouponDeal(h.coupon)
	line := postcard.IconCoupon + " " + deal + " · until " + h.coupon.ValidUntil.Format("Jan 2")
	if h.claim.RedeemedIn != "" {
		line = postcard.IconCoupon + " " + deal + " · used in order " + h.claim.RedeemedIn
	}
	style := st.Accent
	if h.status != model.CouponUsable {
		style = st.Muted
	}
	info := common.Row(st, sel, false, m.width, []common.Seg{common.S("   "+model.CleanLine(line), style)}, nil)
	return head + "\n" + info
}
