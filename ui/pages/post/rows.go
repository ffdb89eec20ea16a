package post

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/components/couponoffer"
	"lifesim/ui/components/postcard"
	"lifesim/ui/draw"
)

// row is one marketing component as drawn: its icon, its text (wrapped
// over at most two lines), an optional state on the right (a coupon's
// Claim / Use ›) and muted detail lines under it.
type row struct {
	icon, text, right string
	more              []string
}

// componentRow draws one marketing component; its text lines are the
// selectable part, the detail lines under them say where it leads.
func (m *Page) componentRow(c model.Component, selected bool) string {
	st := m.env.Styles
	var r row
	switch c.Kind {
	case model.ComponentService:
		r = m.serviceRow(c)
	case model.ComponentCoupon:
		r = m.couponRow(c)
	default:
		r = m.groupRow(c, selected)
	}
	cursor := "  "
	if selected {
		cursor = st.Cursor.Render("› ")
	}
	lead := 2 + lipgloss.Width(r.icon) + 1
	room := m.width - lead
	if r.right != "" {
		room -= lipgloss.Width(r.right) + 1
	}
	var out []string
	for i, h := range strings.Split(draw.Block(r.text, max(room, 1), 2), "\n") {
		line := strings.Repeat(" ", lead) + st.Component.Render(h)
		if i == 0 {
			line = cursor + r.icon + " " + st.Component.Render(h)
			if r.right != "" {
				line = draw.Spread(line, r.right, m.width)
			}
		}
		line = draw.Fit(line, m.width, 1)
		if selected {
			line = st.Selected.Render(ansi.Strip(line))
		}
		out = append(out, line)
	}
	for _, l := range r.more {
		out = append(out, strings.Repeat(" ", lead)+st.Muted.Render(draw.Line(l, m.width-lead)))
	}
	return strings.Join(out, "\n")
}

// serviceRow: "🛒 <label> › <mini program>", then the service and price.
func (m *Page) serviceRow(c model.Component) row {
	r := row{icon: postcard.IconService, text: c.Label}
	mp, ok := m.d.programs[c.MiniProgramID]
	if !ok {
		return r
	}
	r.text += " › " + mp.Name
	if s, ok := mp.Service(c.ServiceID); ok {
		r.more = []string{model.FormatYuan(s.PriceCents) + " · " + s.Name}
	}
	return r
}

// couponRow: "🎫 <coupon title>" with what it offers on the right (Claim,
// Use › once claimed, Used, Expired), then
// its terms and where it is redeemed.
func (m *Page) couponRow(c model.Component) row {
	cp, ok := m.d.coupons[c.CouponID]
	if !ok {
		return row{icon: postcard.IconCoupon, text: c.Label}
	}
	r := row{icon: postcard.IconCoupon, text: cp.Title, right: couponoffer.Button(m.env.Styles, m.offer(cp))}
	terms := postcard.CouponTerms(cp, m.env.Clock())
	if mp, ok := m.d.programs[cp.MiniProgramID]; ok {
		terms += " · " + mp.Name
	}
	r.more = []string{terms}
	return r
}

// groupRow: "👥 <group> · N members"; the topic shows while it is selected.
func (m *Page) groupRow(c model.Component, selected bool) row {
	g, ok := m.d.groups[c.GroupID]
	if !ok {
		return row{icon: postcard.IconGroup, text: c.Label}
	}
	r := row{icon: postcard.IconGroup, text: g.Name + " · " + model.CompactCount(g.Members) + " members"}
	if selected {
		r.more = strings.Split(draw.Block("Topic: "+g.Topic, m.width-5, 3), "\n")
	}
	return r
}

// comment is one comment: author and age, then the text.
func (m *Page) comment(c model.Comment, selected bool) string {
	st := m.env.Styles
	who := m.d.names[c.Persona]
	if c.Persona == m.env.Persona {
		who = "You"
	} else if who == "" {
		who = string(c.Persona)
	}
	cursor := "  "
	if selected {
		cursor = st.Cursor.Render("› ")
	}
	head := cursor + st.Title.Render(draw.Line(who, m.width/2)) + st.Muted.Render(" · "+model.Age(c.At, m.env.Clock()))
	head = draw.Fit(head, m.width, 1)
	if selected {
		head = st.Selected.Render(ansi.Strip(head))
	}
	body := draw.Block(c.Text, m.width-4, 0)
	lines := []string{head}
	for _, l := range strings.Split(body, "\n") {
		lines = append(lines, "    "+st.Text.Render(l))
	}
	return strings.Join(lines, "\n")
}
