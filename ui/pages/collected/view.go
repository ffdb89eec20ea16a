package collected

import (
	"strings"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

const (
	emptyTitle = "No collected posts yet"
	emptyHow   = "Press s on a post (in the Life feed, a topic group or the post's page) to collect it: " +
		"it is kept here, most recently collected first."
)

// View draws the header and the posts, scrolled to the selection.
func (m *List) View() string {
	st := m.env.Styles
	w := m.width
	count := ""
	if m.loaded && m.err == nil && len(m.items) > 0 {
		count = st.Muted.Render(draw.Plural(len(m.items), "post"))
	}
	header := draw.PageHeader(st, "Collected posts", count, w)
	m.hits.Reset()
	m.hits.Label(hit.Back, header, 0, hit.ZButton, "‹ Collected posts")
	return draw.PageView(st, header, w, m.height, m.loaded, m.err, func(h int) string {
		blocks := make([]string, len(m.items))
		for i, it := range m.items {
			blocks[i] = m.row(it, i == m.sel)
		}
		body := draw.ListBody(st, &m.vp, blocks, m.sel, w, h, emptyTitle, emptyHow)
		if len(blocks) > 0 {
			m.hits.Blocks(m.vp.Shown(), strings.Count(header, "\n")+1, w, hit.ZItem, hit.Item)
		}
		return body
	})
}

// row is the post's title over its account and its kind.
func (m *List) row(k kept, sel bool) string {
	st := m.env.Styles
	title := draw.Row(st, sel, sel, m.width,
		[]draw.Span{draw.Text("★ ", st.Accent), draw.Text(model.CleanLine(k.post.Title), st.Title)}, nil)
	by := draw.Row(st, sel, false, m.width,
		[]draw.Span{draw.Text("  "+model.CleanLine(k.account), st.Text)},
		[]draw.Span{draw.Text(k.post.Kind.Label(), st.Muted)})
	return title + "\n" + by
}
