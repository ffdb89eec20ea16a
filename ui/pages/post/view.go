package post

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/components/postcard"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// View draws the fixed header, the scrolling post, and the fixed bottom:
// the interaction bar and, when open, the comment input or forward picker.
func (m *Page) View() string {
	m.hits.Reset()
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if !m.loaded {
		m.hits.Add(hit.Back, 0, 0, 2, 1, hit.ZButton) // "‹ "
		return draw.Fit(m.placeholder(), m.width, m.height)
	}
	top := m.header()
	bottom := m.bottom()
	h := max(m.height-lipgloss.Height(top)-lipgloss.Height(bottom), 0)
	mid := draw.Fit(m.scroll(h), m.width, h)
	m.record(top, h, bottom)
	return draw.Fit(top+"\n"+mid+"\n"+bottom, m.width, m.height)
}

// bodyHeight is the height of the scrolling part between header and bottom.
func (m *Page) bodyHeight() int {
	return max(m.height-lipgloss.Height(m.header())-lipgloss.Height(m.bottom()), 0)
}

// scroll renders the scrolling part, h lines high, moving the viewport to
// keep the selection in view.
func (m *Page) scroll(h int) string {
	blocks, index := m.blocks()
	m.index = index
	sel := -1
	if m.sel > 0 {
		sel = index[m.sel-1]
	}
	return m.vp.Render(blocks, sel, h)
}

// placeholder is shown until the post arrives (or if it cannot).
func (m *Page) placeholder() string {
	st := m.env.Styles
	back := st.Title.Render("‹") + " "
	if m.err != nil {
		return back + st.Title.Render("Post") + "\n\n" + st.Error.Render(draw.Block(m.err.Error(), m.width, 0))
	}
	return back + st.Muted.Render("Loading…")
}

// header is the back arrow, the account (name, kind badge) and its follow
// button; selectable as row 0, where enter opens the account.
func (m *Page) header() string {
	st := m.env.Styles
	a := m.d.account
	btn := st.Button.Render("+ Follow")
	if m.state.Following(a.ID) {
		btn = st.ButtonOn.Render("✓ Following")
	}
	cursor := "  "
	if m.sel == 0 {
		cursor = st.Cursor.Render("› ")
	}
	badge := " " + postcard.KindBadge(st, a.Kind)
	room := m.width - 2 - lipgloss.Width(cursor) - lipgloss.Width(badge) - lipgloss.Width(btn) - 1
	left := st.Title.Render("‹") + " " + cursor + st.Title.Render(draw.Line(a.Name, max(room, 4))) + badge
	line := draw.Spread(left, btn, m.width)
	if m.sel == 0 {
		line = st.Selected.Render(ansi.Strip(line))
	}
	rule := st.Subtle.Render(strings.Repeat("─", m.width))
	return line + "\n" + rule
}

// bottom is the interaction bar under a rule, then the input or picker.
func (m *Page) bottom() string {
	st := m.env.Styles
	p := m.d.post
	liked, collected := m.state.Liked(p.ID), m.state.CollectedPost(p.ID)
	bar := postcard.ExactCounts(st, p.Counts, liked, collected)
	if lipgloss.Width(bar) >= m.width {
		bar = postcard.Counts(st, p.Counts, liked, collected)
	}
	lines := []string{st.Subtle.Render(strings.Repeat("─", m.width)), draw.Fit(" "+bar, m.width, 1)}
	switch {
	case m.input.Focused():
		box := st.InputFocus.Width(m.width)
		lines = append(lines, box.Render(draw.Fit("✎ "+m.input.View(), m.width-box.GetHorizontalFrameSize(), 1)))
		n := utf8.RuneCountInString(m.input.Value())
		lines = append(lines, draw.Spread("", draw.Counter(st, n, model.MaxCommentRunes), m.width))
	case m.picker.IsOpen():
		lines = append(lines, m.picker.Render(m.width))
	}
	return strings.Join(lines, "\n")
}

// blocks is the scrolling part: the post, its components (selectable),
// and the comments (selectable, so ↓ scrolls through them). index maps
// selectable row i+1 to its block.
func (m *Page) blocks() (blocks []string, index []int) {
	st := m.env.Styles
	blocks = append(blocks, m.content())
	comps := m.d.post.Components
	if len(comps) > 0 {
		blocks = append(blocks, st.Section.Render(draw.Line("Services & offers", m.width)))
	}
	for i, c := range comps {
		index = append(index, len(blocks))
		blocks = append(blocks, m.componentRow(c, m.sel == i+1))
	}
	blocks = append(blocks, "\n"+st.Section.Render(draw.Line(
		"Comments · "+postcard.Grouped(m.d.post.Counts.Comments), m.width)))
	if len(m.d.comments) == 0 {
		blocks = append(blocks, st.Muted.Render(draw.Block("Press c to add a comment.", m.width, 0)))
	}
	for i, c := range m.d.comments {
		index = append(index, len(blocks))
		blocks = append(blocks, m.comment(c, m.sel == 1+len(comps)+i))
	}
	return blocks, index
}

// content is the post itself: title, form and age, the media (picture,
// video player or live panel; see media_view.go), the body and the tags.
func (m *Page) content() string {
	st := m.env.Styles
	p, w := m.d.post, m.width
	lines := m.head()
	if extra := m.mediaView(); extra != "" {
		lines = append(lines, extra)
	}
	lines = append(lines, "", st.Text.Render(draw.Block(p.Body, w, 0)))
	if len(p.Tags) > 0 {
		tags := make([]string, len(p.Tags))
		for i, t := range p.Tags {
			tags[i] = "#" + model.CleanLine(t)
		}
		lines = append(lines, "", st.Primary.Render(draw.Block(strings.Join(tags, "  "), w, 2)))
	}
	return strings.Join(lines, "\n") + "\n"
}

// head is the first lines of the content: the title, then the form (a
// live stream's audience moving while it is open) and the age.
func (m *Page) head() []string {
	st := m.env.Styles
	p, w := m.d.post, m.width
	meta := postcard.KindMarker(st, p)
	if p.Kind == model.PostLive {
		meta = postcard.LiveBadge(st) + " " + st.Accent.Render("Live now") +
			st.Muted.Render(" · "+postcard.Grouped(m.liveViewers())+" watching")
	}
	meta += st.Muted.Render(" · " + model.Age(p.PublishedAt, m.env.Clock()))
	return append(strings.Split(st.Title.Render(draw.Block(p.Title, w, 3)), "\n"), draw.Fit(meta, w, 1))
}
