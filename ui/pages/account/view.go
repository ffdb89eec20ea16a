package account

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/components/couponoffer"
	"lifesim/ui/components/postcard"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// View draws the fixed header and the scrolling profile, which keeps the
// selected row in view. Only the rows down to the window's last line are
// drawn: the cards below it are not. It records where a click acts as it
// draws (mouse.go).
func (m *Page) View() string {
	st := m.env.Styles
	const title = "Life Account"
	header := draw.PageHeader(st, title, "", m.width)
	m.hits.Reset()
	line, _, _ := strings.Cut(header, "\n")
	m.hits.Label(hit.Back, line, 0, hit.ZButton, "‹ "+title)
	return draw.PageView(st, header, m.width, m.height, m.loaded, m.err, func(h int) string {
		return m.body(strings.Count(header, "\n")+1, h)
	})
}

// body is the profile and its sections in a window of height lines,
// drawn from row top of the page, that keeps the selected row in view.
func (m *Page) body(top, height int) string {
	blocks, index := m.blocks()
	out := m.sel.RenderFunc(len(blocks), func(i int) string { return blocks[i]() }, index, height)
	m.record(top, index)
	return out
}

// blocks is how to draw the profile, then each section, for the window
// to draw only those it shows; index maps selectable row i to its block.
// Each block is kept once drawn, by what it shows (partKey).
func (m *Page) blocks() (blocks []func() string, index []int) {
	st := m.env.Styles
	blocks = append(blocks, m.kept(partKey{part: partProfile}, m.profile))
	index = append(index, len(blocks))
	blocks = append(blocks, m.kept(partKey{part: partButton, sel: m.sel.Row == 0, on: m.following()}, m.followButton))
	sel := m.row()
	section := func(title string) func() string {
		return m.kept(partKey{part: partSection, text: title}, func() string { return "\n" + st.Section.Render(title) })
	}
	if len(m.coupons) > 0 {
		blocks = append(blocks, section("Coupon window"))
		now := m.env.Clock()
		for i, c := range m.coupons {
			index = append(index, len(blocks))
			selected := sel == row{rowCoupon, i}
			// the offer and the terms move with the clock: they are in the key
			k := partKey{part: partCoupon, index: i, sel: selected, offer: m.offer(c), text: postcard.CouponTerms(c, now)}
			blocks = append(blocks, m.kept(k, func() string { return m.couponRow(c, k.offer, k.text, selected) }))
		}
	}
	if len(m.programs) > 0 {
		blocks = append(blocks, section("Mini programs"))
		for i, mp := range m.programs {
			index = append(index, len(blocks))
			selected := sel == row{rowProgram, i}
			blocks = append(blocks, m.kept(partKey{part: partProgram, index: i, sel: selected},
				func() string { return m.programRow(mp, selected) }))
		}
	}
	if len(m.groups) > 0 {
		blocks = append(blocks, section("Topic groups"))
		for i, g := range m.groups {
			index = append(index, len(blocks))
			selected := sel == row{rowGroup, i}
			blocks = append(blocks, m.kept(partKey{part: partGroup, index: i, sel: selected},
				func() string { return m.groupRow(g, selected) }))
		}
	}
	blocks = append(blocks, section("Posts"))
	for i := range m.posts.Len() {
		index = append(index, len(blocks))
		blocks = append(blocks, func() string { return m.card(i, sel == row{rowPost, i}) })
	}
	blocks = append(blocks, m.postsFooter)
	return blocks, index
}

// The parts of the page kept once drawn (partKey). The cards are kept by
// the post list (postlist.List.Render).
const (
	partProfile = iota + 1
	partButton
	partSection
	partCoupon
	partProgram
	partGroup
)

// partKey is what a kept part of the page shows, besides the profile,
// coupons, mini programs and groups read on load: each load forgets every
// part drawn before.
type partKey struct {
	part            int
	index           int // which coupon, mini program or group
	width           int
	dark, colorless bool
	sel             bool
	on              bool              // the button: following
	offer           model.CouponOffer // a coupon's
	text            string            // a section's title; a coupon's terms as of now
}

// kept is draw as a block, taken from the parts drawn before when key
// was drawn already.
func (m *Page) kept(key partKey, draw func() string) func() string {
	return func() string {
		st := m.env.Styles
		key.width, key.dark, key.colorless = m.width, st.IsDark, st.Colorless
		return m.parts.Get(key, draw)
	}
}

// profile is the account's name, kind badge, fans and bio.
func (m *Page) profile() string {
	st := m.env.Styles
	a := m.account
	badge := postcard.KindBadge(st, a.Kind)
	name := st.Title.Render(draw.Line(a.Name, m.width-draw.Width(badge)-1))
	// Fans include every persona's follows (the store adds them); the page
	// reads the profile again when this persona's follow changes.
	stats := model.CompactCount(a.Fans) + " fans"
	if n := len(m.programs); n > 0 {
		stats += fmt.Sprintf(" · %d mini program%s", n, plural(n))
	}
	lines := []string{
		name + " " + badge,
		st.Muted.Render(draw.Line(stats, m.width)),
	}
	if bio := strings.TrimSpace(a.Bio); bio != "" {
		lines = append(lines, st.Text.Render(draw.Block(bio, m.width, 4)))
	}
	return strings.Join(lines, "\n")
}

// followButton is the selectable Follow / Following button; on the
// persona's own page, the button that writes a new post.
func (m *Page) followButton() string {
	st := m.env.Styles
	if m.own() {
		return m.selectable(st.Button.Render("[ ✎ New post ]"), st.Muted.Render("your page"), m.sel.Row == 0)
	}
	btn := st.Button.Render("[ + Follow ]")
	if m.following() {
		btn = st.ButtonOn.Render("[ ✓ Following ]")
	}
	return m.selectable(btn, "", m.sel.Row == 0)
}

// couponRow is one coupon of the window with what it offers: Claim, or
// Use once claimed, or that it is used or expired; and its terms.
func (m *Page) couponRow(c model.Coupon, offer model.CouponOffer, terms string, selected bool) string {
	st := m.env.Styles
	right := couponoffer.Button(st, offer)
	head := st.Component.Render(draw.Line(postcard.IconCoupon+" "+c.Title, m.width-draw.Width(right)-3))
	info := "    " + st.Muted.Render(draw.Line(terms, m.width-4))
	return m.selectable(head, right, selected) + "\n" + info
}

// programRow is one linked mini program.
func (m *Page) programRow(mp model.MiniProgram, selected bool) string {
	st := m.env.Styles
	head := draw.Line(mp.Icon+" "+mp.Name, m.width-4)
	info := "    " + st.Muted.Render(draw.Line(mp.Category, m.width-4))
	return m.selectable(st.Title.Render(head), st.Muted.Render("›"), selected) + "\n" + info
}

// groupRow is one topic group the account's posts link.
func (m *Page) groupRow(g model.Group, selected bool) string {
	st := m.env.Styles
	members := model.CompactCount(g.Members) + " members"
	head := st.Title.Render(draw.Line(postcard.IconGroup+" "+g.Name, m.width-4))
	info := "    " + st.Muted.Render(draw.Line(members+" · "+model.CleanLine(g.Topic), m.width-4))
	return m.selectable(head, st.Muted.Render("›"), selected) + "\n" + info
}

// card is the i-th post's card without the account's name and badge: the
// page is that account's. The list keeps the cards it has drawn.
func (m *Page) card(i int, selected bool) string {
	c := m.posts.Card(i, selected)
	c.Account, c.OnProfile = m.account, true
	return m.posts.Render(c, m.width)
}

func (m *Page) postsFooter() string {
	st := m.env.Styles
	switch {
	case m.posts.Loading():
		return st.Subtle.Render("Loading posts…")
	case m.posts.Len() == 0:
		return st.Muted.Render("No posts yet")
	}
	return ""
}

// selectable is a one-line row with a cursor and a right-hand part,
// highlighted across the width when selected.
func (m *Page) selectable(left, right string, selected bool) string {
	st := m.env.Styles
	cursor := "  "
	if selected {
		cursor = st.Cursor.Render("› ")
	}
	line := draw.Fit(draw.Spread(cursor+left, right, m.width), m.width, 1)
	if selected {
		return st.Selected.Render(ansi.Strip(line))
	}
	return line
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
