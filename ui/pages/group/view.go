package group

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/components/postcard"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// View draws the fixed header and the scrolling group, which keeps the
// selected row in view. It records where a click acts as it draws
// (mouse.go).
func (m *Page) View() string {
	st := m.env.Styles
	const title = "Topic group"
	header := draw.PageHeader(st, title, "", m.width)
	m.hits.Reset()
	line, _, _ := strings.Cut(header, "\n")
	m.hits.Label(hit.Back, line, 0, hit.ZButton, "‹ "+title)
	return draw.PageView(st, header, m.width, m.height, m.loaded, m.err, func(h int) string {
		blocks, index := m.blocks()
		out := m.sel.Render(blocks, index, h)
		m.record(strings.Count(header, "\n")+1, index)
		return out
	})
}

// blocks is the group's card, its button, then its posts; index maps
// selectable row i to its block.
func (m *Page) blocks() (blocks []string, index []int) {
	st := m.env.Styles
	blocks = append(blocks, m.about())
	index = append(index, len(blocks))
	blocks = append(blocks, m.button())
	blocks = append(blocks, "\n"+st.Section.Render("Posts"))
	for i := range m.posts.Len() {
		index = append(index, len(blocks))
		blocks = append(blocks, m.posts.Card(i, m.sel.Row == i+1).Render(m.width))
	}
	switch {
	case m.posts.Loading():
		blocks = append(blocks, st.Subtle.Render("Loading posts…"))
	case m.posts.Len() == 0:
		blocks = append(blocks, st.Muted.Render(draw.Block("No posts in this group yet. Press n to write the first.", m.width, 0)))
	}
	return blocks, index
}

// about is the group's name, members and topic.
func (m *Page) about() string {
	st := m.env.Styles
	g := m.group
	members := postcard.Grouped(g.Members) + " members"
	if m.joined {
		members += " · you're a member"
	}
	lines := []string{
		st.Title.Render(draw.Line(postcard.IconGroup+" "+g.Name, m.width)),
		st.Muted.Render(draw.Line(members, m.width)),
	}
	if t := strings.TrimSpace(g.Topic); t != "" {
		lines = append(lines, st.Text.Render(draw.Block("Topic: "+t, m.width, 3)))
	}
	return strings.Join(lines, "\n")
}

// button is the selectable Join / Joined button.
func (m *Page) button() string {
	st := m.env.Styles
	btn := st.Button.Render("[ + Join group ]")
	if m.joined {
		btn = st.ButtonOn.Render("[ ✓ Joined ]")
	}
	cursor := "  "
	if m.sel.Row == 0 {
		cursor = st.Cursor.Render("› ")
	}
	line := draw.Fit(cursor+btn, m.width, 1)
	if m.sel.Row == 0 {
		return st.Selected.Render(ansi.Strip(line))
	}
	return line
}
