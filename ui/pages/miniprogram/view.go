package miniprogram

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
)

// defaultGuidance is shown when the merchant wrote no tip of its own.
const defaultGuidance = "Add to My Mini Programs for one-tap return"

// View draws the page body scrolled so the selected service is in view.
// The page is full-screen (fullscreen.go): the root draws its nav line,
// with the name and the capsule, above it, so the page has no header.
// It gives the last frame again until something it shows changes
// (Update, SetSize and Leave forget it).
func (m *Page) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	return m.frame.Draw(m.env.Styles, m.width, m.height, m.draw)
}

func (m *Page) draw() string {
	w, h := m.width, m.height
	m.hits.Reset()
	switch {
	case !m.loaded:
		return draw.Fit("\n"+m.env.Styles.Muted.Render(" Opening…"), w, h)
	case m.err != nil:
		return draw.Fit("\n"+m.errorView(w), w, h)
	}
	blocks, first := m.body(w)
	var sheet string
	if m.prompt && m.account != nil {
		sheet = m.sheet(w)
	}
	bh := max(h-lipgloss.Height(sheet), 0)
	body := draw.Fit(m.vp.RenderFunc(len(blocks), func(i int) string { return blocks[i]() }, first+m.sel, bh), w, bh)
	if sheet != "" {
		m.recordSheet(sheet, bh)
		body += "\n" + sheet
	} else {
		m.recordBody(body)
	}
	return draw.Fit(body, w, h)
}

func (m *Page) errorView(w int) string {
	st := m.env.Styles
	return st.Error.Render(draw.Block("✗ "+m.err.Error(), w, 2)) + "\n\n" +
		st.Muted.Render(draw.Block("It may have been removed from this world. Press esc to go back.", w, 0))
}

// body returns how to draw the scrollable blocks, for the window to draw
// only those it shows, and the index of the first service.
func (m *Page) body(w int) ([]func() string, int) {
	st := m.env.Styles
	m.clicks = clickBlocks{account: -1, tip: -1, first: -1}
	blocks := []func() string{m.kept(blockKey{part: partInfo, width: w}, func() string { return m.info(w) })}
	if m.account != nil {
		k := blockKey{part: partAccount, width: w, following: m.following()}
		m.clicks.account = len(blocks)
		blocks = append(blocks, m.kept(k, func() string { return m.accountLine(w) }))
	}
	if m.coupons > 0 {
		blocks = append(blocks, func() string {
			noun := "coupons"
			if m.coupons == 1 {
				noun = "coupon"
			}
			c := st.Accent.Render(fmt.Sprintf("🎫 %d %s available", m.coupons, noun))
			return c + st.Muted.Render(draw.Line(" · use at checkout", w-draw.Width(c)))
		})
	}
	if m.guidance && !m.state.Collected(m.id) {
		m.clicks.tip = len(blocks)
		blocks = append(blocks, m.kept(blockKey{part: partTip, width: w}, func() string { return m.tip(w) }))
	}
	blocks = append(blocks, func() string {
		return "\n" + st.Section.Render("Services") + st.Muted.Render(fmt.Sprintf(" · %d", len(m.mp.Services)))
	})
	if len(m.mp.Services) == 0 {
		blocks = append(blocks, func() string {
			return st.Muted.Render(draw.Block("Nothing to order here yet — check back soon.", w, 0))
		})
		return blocks, len(blocks)
	}
	first := len(blocks)
	m.clicks.first = first
	for i, s := range m.mp.Services {
		k := blockKey{part: partService, width: w, service: s, sel: i == m.sel, from: s.ID == m.from && m.from != ""}
		blocks = append(blocks, m.kept(k, func() string { return m.serviceBlock(i, s, w) }))
	}
	return blocks, first
}

// The parts of the page kept once drawn (blockKey).
const (
	partInfo = iota + 1
	partAccount
	partTip
	partService
)

// blockKey is what a kept part of the page shows. The mini program's
// record is read once, on load, which forgets every part drawn before.
type blockKey struct {
	part            int
	width           int
	dark, colorless bool
	following       bool          // the account line's button
	service         model.Service // a service's row
	sel, from       bool
}

// kept is draw as a block, taken from the parts drawn before when key
// was drawn already.
func (m *Page) kept(key blockKey, draw func() string) func() string {
	return func() string {
		key.dark, key.colorless = m.env.Styles.IsDark, m.env.Styles.Colorless
		return m.parts.Get(key, draw)
	}
}

// info is the category and merchant line and the description.
func (m *Page) info(w int) string {
	st := m.env.Styles
	meta := model.CleanLine(m.mp.Category)
	if m.merchant != "" {
		meta += " · " + model.CleanLine(m.merchant)
	}
	out := st.Muted.Render(draw.Line(meta, w))
	if d := strings.TrimSpace(m.mp.Description); d != "" {
		out += "\n" + st.Text.Render(draw.Block(d, w, 3))
	}
	return out
}

// accountLine is the bound life account with its follow button.
func (m *Page) accountLine(w int) string {
	st := m.env.Styles
	btn := st.Button.Render(m.followLabel())
	if m.following() {
		btn = st.ButtonOn.Render(m.followLabel())
	}
	room := w - draw.Width(btn) - 1 - draw.Width("Life account: ")
	left := st.Muted.Render("Life account: ") + st.Text.Render(draw.Line(m.account.Name, room))
	return "\n" + draw.Spread(left, btn, w)
}

// followLabel is the follow button's words.
func (m *Page) followLabel() string {
	if m.following() {
		return "[✓ Following]"
	}
	return "[+ Follow]"
}

// tip is the merchant's collection guidance.
func (m *Page) tip(w int) string {
	text := strings.TrimSpace(model.CleanLine(m.mp.GuidanceTip))
	if text == "" {
		text = defaultGuidance
	}
	text += "  (press s)"
	st := m.env.Styles
	return "\n" + st.Tip.Width(w).Render(draw.Block("☆ "+text, w-st.Tip.GetHorizontalFrameSize(), 0))
}

// serviceBlock is one orderable service: name and price, then its
// description; the selected one is highlighted, the one a post linked to is
// marked.
func (m *Page) serviceBlock(i int, s model.Service, w int) string {
	st := m.env.Styles
	price := model.FormatYuan(s.PriceCents)
	if s.Free() {
		price = "Free" // booked, not paid: never a ¥0.00
	}
	inner := w - 2
	name := draw.Line(s.Name, inner-draw.Width(price)-1)
	sel := i == m.sel
	nameStyle := st.Text
	if sel {
		nameStyle = nameStyle.Bold(true)
	}
	line := draw.Row(st, sel, sel, w, []draw.Span{draw.Text(name, nameStyle)}, []draw.Span{draw.Text(price, st.Price)})
	hint := ""
	if s.ID == m.from && m.from != "" {
		hint = st.Accent.Render("↳ from post")
	}
	desc := strings.TrimSpace(s.Description)
	if desc == "" && hint == "" {
		return line
	}
	room := inner - draw.Width(hint) - 1
	if hint == "" {
		room = inner
	}
	return line + "\n  " + draw.Spread(st.Muted.Render(draw.Line(desc, room)), hint, inner)
}
