package search

import (
	"fmt"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// View draws the input box and, under it, the popular searches, the
// grouped results or the no-results message, scrolled to the selection.
// It gives the last frame again until something it shows changes (Update,
// SetSize, Focus and Leave forget it).
func (m *Tab) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	return m.frame.Draw(m.env.Styles, m.width, m.height, m.draw)
}

func (m *Tab) draw() string {
	w := m.width
	box := m.inputBox(w)
	m.hits.Reset()
	m.hits.Add(idInput, 0, 0, w, lineCount(box), hit.ZItem)
	top := lineCount(box) + 1 // under the box and the counter's line
	rest := max(m.height-top, 0)
	var body string
	switch {
	case m.empty():
		body = m.listView(m.popularBlocks(w), rest, top)
	case m.query == "":
		body = "" // the first answer is on its way
	case len(m.results) == 0:
		body = m.noResults(w)
	default:
		body = m.listView(m.resultBlocks(w), rest, top)
	}
	return draw.Fit(box+"\n"+m.counter(w)+"\n"+body, w, m.height)
}

// counter is the query's length against its limit, right-aligned under
// the box while typing, once the query is half its limit (most queries
// are a word or two: an ever-present count would be noise).
func (m *Tab) counter(w int) string {
	n := utf8.RuneCountInString(m.input.Value())
	if !m.input.Focused() || n*2 < model.MaxQueryRunes {
		return ""
	}
	return draw.Spread("", draw.Counter(m.env.Styles, n, model.MaxQueryRunes), w)
}

// inputBox is the input in a box that lights up while typing. The input
// is drawn from a copy restyled from env.Styles, so a theme change shows
// at once. The box around it is kept by what it holds: browsing the
// results leaves the input as it was.
func (m *Tab) inputBox(w int) string {
	st := m.env.Styles
	style := st.Input
	focused := m.input.Focused()
	if focused {
		style = st.InputFocus
	}
	var inner string
	if m.querySelected && focused {
		inner = m.selectedQuery()
	} else {
		in := m.input
		in.SetStyles(m.inputStyles())
		inner = in.View()
	}
	key := boxKey{inner: inner, focused: focused, width: w, dark: st.IsDark, colorless: st.Colorless}
	return m.boxes.Get(key, func() string { return style.Width(w).Render(inner) })
}

// boxKey is what the input's box shows.
type boxKey struct {
	inner           string // the input as drawn
	focused         bool
	width           int
	dark, colorless bool
}

// selectedQuery draws the input with its old query selected: the query in
// the selection style (reverse video without colour), which typing will
// replace, and no cursor.
func (m *Tab) selectedQuery() string {
	st := m.env.Styles
	q := draw.Line(m.input.Value(), max(m.input.Width(), 1))
	return st.Primary.Render(m.input.Prompt) + st.Selected.Render(q)
}

func (m *Tab) inputStyles() textinput.Styles {
	st := m.env.Styles
	s := textinput.DefaultStyles(st.IsDark)
	s.Focused.Prompt, s.Blurred.Prompt = st.Primary, st.Muted
	s.Focused.Text, s.Blurred.Text = st.Text, st.Text
	s.Focused.Placeholder, s.Blurred.Placeholder = st.Subtle, st.Muted
	s.Cursor.Color = st.Palette.Accent
	s.Cursor.Blink = false // a steady cursor: no tick messages while idle
	return s
}

// block is a run of lines, selectable when item ≥ 0 names its item. It
// is drawn only if the window reaches it (draw.Viewport.RenderFunc).
type block struct {
	text func() string
	item int // −1: not an item
}

// fixed is a block of text already drawn.
func fixed(text string) func() string { return func() string { return text } }

// listView scrolls blocks so the selected item shows (none while
// typing), and records where each item showed, the window drawn from
// row top.
func (m *Tab) listView(blocks []block, height, top int) string {
	sel := -1
	for i, b := range blocks {
		if !m.input.Focused() && b.item >= 0 && b.item == m.sel {
			sel = i
		}
	}
	out := m.vp.RenderFunc(len(blocks), func(i int) string { return blocks[i].text() }, sel, height)
	m.hits.Blocks(m.vp.Shown(), top, m.width, hit.ZItem, func(b int) string {
		if blocks[b].item < 0 {
			return ""
		}
		return hit.Item(blocks[b].item)
	})
	return out
}

// selected reports whether item i is the highlighted one.
func (m *Tab) selected(i int) bool { return !m.input.Focused() && m.sel == i }

func (m *Tab) popularBlocks(w int) []block {
	st := m.env.Styles
	out := []block{{fixed(st.Section.Render("Popular searches")), -1}}
	for i, p := range popular() {
		sel := m.selected(i)
		var right []draw.Span
		if sel {
			right = []draw.Span{draw.Text("↵ search", st.Subtle)}
		}
		out = append(out, block{fixed(draw.Row(st, sel, sel, w,
			[]draw.Span{draw.Text(draw.Icon(p.icon)+" ", st.Text), draw.Text(p.text, st.Text)}, right)), i})
	}
	tip := "Find mini programs, life accounts and posts. Upper or lower case, full-width and 中文 all work."
	out = append(out, block{fixed(""), -1}, block{fixed(st.Muted.Render(draw.Block(tip, w, 3))), -1})
	return out
}

func (m *Tab) noResults(w int) string {
	st := m.env.Styles
	q := draw.Line(m.query, max(w-16, 4))
	return st.Title.Render("No results for “"+q+"”") + "\n" +
		st.Muted.Render(draw.Block("Check the spelling, or try a shorter word or a brand name.", w, 2))
}

// resultBlocks are the groups in model.ResultKinds order, each a heading
// with its count and its rows.
func (m *Tab) resultBlocks(w int) []block {
	var out []block
	items := m.items()
	for i, it := range items {
		r := it.result
		if i == 0 || items[i-1].result.Kind != r.Kind {
			if i > 0 {
				out = append(out, block{fixed(""), -1})
			}
			out = append(out, block{m.heading(r.Kind, w), -1})
		}
		// while typing, enter opens the first result: mark it
		first := i == 0 && m.input.Focused()
		out = append(out, block{m.resultRow(r, m.selected(i), first, w), i})
	}
	return out
}

// heading draws a group's title and count.
func (m *Tab) heading(k model.ResultKind, w int) func() string {
	return func() string {
		st := m.env.Styles
		n := m.count(k)
		key := rowKey{heading: k, count: n, width: w, dark: st.IsDark, colorless: st.Colorless}
		return m.rows.Get(key, func() string {
			return draw.Spread(st.Section.Render(k.Title()), st.Muted.Render(fmt.Sprint(n)), w)
		})
	}
}

func (m *Tab) count(k model.ResultKind) int {
	n := 0
	for _, r := range m.results {
		if r.Kind == k {
			n++
		}
	}
	return n
}

// rowKey is everything a result row or a heading shows, so the rows
// drawn for a query are drawn once while the persona browses them, and
// again only when one changes (the selection, a badge, the width, the
// theme).
type rowKey struct {
	result          model.SearchResult
	heading         model.ResultKind // a heading's kind (its count below), not a row
	count           int
	sel, first      bool
	collected       bool
	following       bool
	width           int
	dark, colorless bool
}

// resultRow draws a result's icon, title and badge over its muted
// subtitle.
func (m *Tab) resultRow(r model.SearchResult, sel, first bool, w int) func() string {
	return func() string {
		st := m.env.Styles
		key := rowKey{
			result: r, sel: sel, first: first, width: w, dark: st.IsDark, colorless: st.Colorless,
			collected: r.Kind == model.ResultMiniProgram && m.collected(r.ID),
			following: r.Kind == model.ResultAccount && m.following(r.ID),
		}
		return m.rows.Get(key, func() string { return m.drawResult(key) })
	}
}

func (m *Tab) drawResult(k rowKey) string {
	st := m.env.Styles
	r, sel, w := k.result, k.sel, k.width
	var badge []draw.Span
	if k.first {
		badge = []draw.Span{draw.Text("↵ ", st.Subtle)}
	}
	switch {
	case k.collected:
		badge = append(badge, draw.Text("★ collected", st.ButtonOn))
	case k.following:
		badge = append(badge, draw.Text("✓ following", st.ButtonOn))
	}
	title := draw.Row(st, sel, sel, w,
		[]draw.Span{draw.Text(draw.Icon(resultIcon(r))+" ", st.Text), draw.Text(model.CleanLine(r.Title), st.Title)}, badge)
	sub := draw.Row(st, sel, false, w, []draw.Span{draw.Text("   "+model.CleanLine(r.Subtitle), st.Muted)}, nil)
	return title + "\n" + sub
}

// resultIcon is the result's own icon, or one for its kind.
func resultIcon(r model.SearchResult) string {
	if r.Icon != "" {
		return r.Icon
	}
	switch r.Kind {
	case model.ResultMiniProgram:
		return "🧩"
	case model.ResultAccount:
		return "👤"
	}
	return "📝"
}

func lineCount(s string) int {
	n := 1
	for _, c := range s {
		if c == '\n' {
			n++
		}
	}
	return n
}
