package life

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/components/forward"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// The pointer on Life: a tap on Recommended or Following shows that
// feed, on ✎ New post writes one, on a card opens its post and on a
// suggested account opens it (what enter does), and on a suggestion's
// + Follow follows (what f does). While the forward picker is open its
// targets are all that can be pressed. The regions of the feed are the
// blocks its viewport showed, so they follow the window as it scrolls.

// Ids of Life's regions; a card or a suggestion is hit.Item(row).
const (
	idCompose     = "compose"
	subPrefix     = "sub:"     // + the sub-feed's number
	followPrefix  = "follow:"  // + the suggestion's row
	forwardPrefix = "forward:" // + the picker target's index
)

// Regions is where the last View can be clicked (hit.Clickable).
func (m *Feed) Regions() *hit.Regions { return &m.hits }

// recordBar records the sub-feed bar's switches (their name over its
// rule) and ✎ New post; with the forward picker open, drawn from row
// pickerTop, only its targets.
func (m *Feed) recordBar(bar string, pickerTop int) {
	if m.picker.IsOpen() {
		m.hits.Reset() // the feed under the picker cannot be pressed
		for i := range forward.Targets() {
			if y := pickerTop + 1 + i; y < m.height {
				m.hits.Add(hit.Numbered(forwardPrefix, i), 0, y, m.width, 1, hit.ZPopup)
			}
		}
		return
	}
	line, _, _ := strings.Cut(bar, "\n")
	from := 0
	for s := range numSubs {
		name := " " + s.Name() + " "
		x, ok := hit.Find(line, name, from)
		if !ok {
			return
		}
		m.hits.Add(hit.Numbered(subPrefix, int(s)), x, 0, draw.Width(name), 2, hit.ZButton)
		from = x + draw.Width(name)
	}
	m.hits.LabelFrom(idCompose, line, from, 0, hit.ZButton, newPostLabel)
}

// recordFeed records each row of the active feed the viewport showed,
// its window drawn from row row0: a card or suggestion across the width
// (a heading is not a row), a suggestion's follow button over it.
// index maps a row to its block and ends[b] is the line after block b
// (the blocks drawn); the footer on the last block is not part of it.
func (m *Feed) recordFeed(row0 int, index, ends []int) {
	f := &m.feeds[m.sub]
	its := m.items(m.sub)
	j := 0
	for _, s := range f.sel.VP.Shown() {
		for j < len(index) && index[j] < s.Block {
			j++
		}
		if j == len(index) || index[j] != s.Block {
			continue // the suggestions' heading
		}
		lines := s.Lines
		if s.Block == index[len(index)-1] {
			lines = min(lines, ends[s.Block]-1-f.sel.VP.Offset-s.Top) // above the footer
		}
		if lines <= 0 {
			continue
		}
		m.hits.Add(hit.Item(j), 0, row0+s.Top, m.width, lines, hit.ZItem)
		if it := its[j]; it.kind == itemSuggestion {
			w := draw.Width(m.followLabel(m.suggested[it.index]))
			m.hits.Add(hit.Numbered(followPrefix, j), m.width-w, row0+s.Top, w, 1, hit.ZButton)
		}
	}
}

// click does what the key does on what id names; an id the feed no
// longer draws does nothing.
func (m *Feed) click(id string) tea.Cmd {
	if i, ok := hit.NumberOf(forwardPrefix, id); ok {
		return m.clickTarget(i)
	}
	if m.picker.IsOpen() {
		return nil
	}
	if id == idCompose {
		return m.newPost()
	}
	if n, ok := hit.NumberOf(subPrefix, id); ok {
		if n >= int(numSubs) {
			return nil
		}
		return m.switchSub(sub(n))
	}
	row, ok := hit.ItemOf(id)
	followRow, follow := hit.NumberOf(followPrefix, id)
	if follow {
		row, ok = followRow, true
	}
	if !ok || row >= len(m.items(m.sub)) {
		return nil
	}
	moved := m.selectRow(row)
	if follow {
		return tea.Batch(moved, m.follow())
	}
	return tea.Batch(moved, m.open())
}

// selectRow moves the active feed's selection to row, as ↑ and ↓ do.
func (m *Feed) selectRow(row int) tea.Cmd {
	f := &m.feeds[m.sub]
	return f.sel.Move(f.list, row-f.sel.Row, len(m.items(m.sub)))
}

// clickTarget forwards the selected post to the picker's target i, as
// enter on it does.
func (m *Feed) clickTarget(i int) tea.Cmd {
	if !m.picker.IsOpen() {
		return nil
	}
	to, ok := m.picker.Pick(i)
	if !ok {
		return nil
	}
	return m.forwardTo(to)
}
