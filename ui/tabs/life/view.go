package life

import (
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
)

// View draws the sub-feed bar, then the active feed (or its empty state),
// with the forward picker at the bottom while it is open.
func (m *Feed) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	m.hits.Reset()
	bar := m.subBar()
	top := lipgloss.Height(bar)
	h := m.height - top
	var bottom string
	if m.picker.IsOpen() {
		bottom = m.picker.Render(m.width)
		h -= lipgloss.Height(bottom)
	}
	parts := []string{bar, draw.Fit(m.body(max(h, 0), top), m.width, max(h, 0))}
	if bottom != "" {
		parts = append(parts, bottom)
	}
	m.recordBar(bar, top+max(h, 0))
	return draw.Fit(strings.Join(parts, "\n"), m.width, m.height)
}

// newPostLabel is the sub-feed bar's way to write a post (n).
const newPostLabel = "✎ New post"

// subBar is the two sub-tabs with a rule under them that is heavy under the
// active one, so the active feed reads even without colour.
func (m *Feed) subBar() string {
	st := m.env.Styles
	var labels, rules []string
	for s := range numSubs {
		name := " " + s.Name() + " "
		w := lipgloss.Width(name)
		if s == m.sub {
			labels = append(labels, st.TabLifeOn.Render(name))
			rules = append(rules, st.Accent.Render(strings.Repeat("━", w)))
		} else {
			labels = append(labels, st.Tab.Render(name))
			rules = append(rules, st.Subtle.Render(strings.Repeat("─", w)))
		}
	}
	line := draw.Spread(" "+strings.Join(labels, "  "), st.Primary.Render(newPostLabel+" "), m.width)
	rule := st.Subtle.Render("─") + strings.Join(rules, st.Subtle.Render("──"))
	if rest := m.width - lipgloss.Width(rule); rest > 0 {
		rule += st.Subtle.Render(strings.Repeat("─", rest))
	}
	return draw.Fit(line, m.width, 1) + "\n" + draw.Fit(rule, m.width, 1)
}

// body is the active feed in a window that keeps the selection in view,
// drawn from row row0 of the View.
func (m *Feed) body(height, row0 int) string {
	f := &m.feeds[m.sub]
	switch {
	case f.list.Err() != nil:
		return m.message("Couldn't load this feed", f.list.Err().Error())
	case !f.list.Loaded() && len(m.items(m.sub)) == 0:
		return m.message("Loading…", "")
	case m.sub == following && f.list.Len() == 0:
		return m.message("Follow life accounts to see their posts here",
			"Press ← for Recommended and f to follow an account you like.")
	}
	blocks, index := m.blocks()
	its := m.items(m.sub)
	sel := -1
	if len(its) > 0 {
		sel = index[draw.Clamp(f.sel.Row, len(its))]
	}
	// ends[i] is the line after block i: with the window's offset it tells
	// which cards are on screen, for their impressions.
	var ends []int
	out := f.sel.VP.RenderFunc(len(blocks), func(i int) string {
		s := blocks[i]()
		ends = append(ends, lineAfter(ends)+strings.Count(s, "\n")+1)
		return s
	}, sel, height)
	top, bottom := f.sel.VP.Offset, f.sel.VP.Offset+height
	for j, it := range its {
		b := index[j]
		if it.kind == itemPost && b < len(ends) && lineAfter(ends[:b]) < bottom && ends[b] > top {
			m.noteDrawn(it.index)
		}
	}
	m.recordFeed(row0, index, ends)
	return out
}

// lineAfter is the line after the last of ends, 0 for none.
func lineAfter(ends []int) int {
	if len(ends) == 0 {
		return 0
	}
	return ends[len(ends)-1]
}

// blocks is how to draw every row of the active feed, for the viewport
// to draw only those it shows; index maps a selectable item to its block.
func (m *Feed) blocks() (blocks []func() string, index []int) {
	f := &m.feeds[m.sub]
	its := m.items(m.sub)
	sel := draw.Clamp(f.sel.Row, len(its))
	for i, it := range its {
		if it.kind == itemSuggestion && it.index == 0 {
			blocks = append(blocks, m.suggestHeading)
		}
		index = append(index, len(blocks))
		if it.kind == itemSuggestion {
			blocks = append(blocks, func() string { return m.suggestion(m.suggested[it.index], i == sel) })
			continue
		}
		blocks = append(blocks, func() string { return f.list.Card(it.index, i == sel).Render(m.width) })
	}
	// The footer rides on the last block, so selecting the last card also
	// brings "all caught up" (or "loading more") into view.
	if n := len(blocks); n > 0 {
		last := blocks[n-1]
		blocks[n-1] = func() string { return last() + "\n" + m.footer() }
	} else {
		blocks = append(blocks, m.footer)
	}
	return blocks, index
}

// footer closes the feed: more is loading, or the end was reached.
func (m *Feed) footer() string {
	st := m.env.Styles
	l := m.feeds[m.sub].list
	text := "· You're all caught up ·"
	switch {
	case l.Loading():
		text = "Loading more…"
	case l.Len() == 0:
		text = "No posts yet"
	}
	return lipgloss.PlaceHorizontal(m.width, lipgloss.Center, st.Subtle.Render(text))
}

// message is a centred notice in place of the feed.
func (m *Feed) message(title, hint string) string {
	st := m.env.Styles
	lines := []string{"", st.Title.Render(draw.Block(title, m.width-4, 0))}
	if hint != "" {
		lines = append(lines, "", st.Muted.Render(draw.Block(hint, m.width-4, 0)))
	}
	return lipgloss.NewStyle().Width(m.width).Align(lipgloss.Center).Render(strings.Join(lines, "\n"))
}
