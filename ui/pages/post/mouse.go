package post

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/actions"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// Where a click acts on the page (package hit). Row i of the selection
// is hit.Item(i): the header's account (row 0), each component, each
// comment; a click on one selects it and does what enter does there, so
// a click anywhere on a coupon's row, its Claim too, claims it. The
// header's follow button and the interaction bar's parts are buttons
// that do what their keys do. While the forward picker is open only its
// targets can be pressed; while the comment input has focus nothing
// can, so a stray click never leaves a half-written comment (esc does).

// The page's buttons, each named for the key it stands for (press).
const (
	idFollow  = "follow"
	idLike    = "like"
	idComment = "comment"
	idCollect = "collect"
	idForward = "forward"
)

// Regions is where the last View can be clicked (hit.Clickable).
func (m *Page) Regions() *hit.Regions { return &m.hits }

// record records the regions of a frame whose header is the first
// lines, the scrolling part the bodyH rows under it (the viewport's last
// window, its blocks m.index) and the bottom the rows after.
func (m *Page) record(header string, bodyH int, bottom string) {
	top := strings.Count(header, "\n") + 1
	under := top + bodyH // the bottom's rule; its bar is under it
	switch {
	case m.picker.IsOpen():
		m.picker.Record(&m.hits, under+2, m.width)
		return
	case m.input.Focused():
		return
	}
	line, _, _ := strings.Cut(header, "\n")
	m.hits.Add(hit.Back, 0, 0, 2, 1, hit.ZButton) // "‹ "
	m.hits.Add(hit.Item(0), 2, 0, m.width-2, 1, hit.ZItem)
	btn := "+ Follow"
	if m.state.Following(m.d.account.ID) {
		btn = "✓ Following"
	}
	m.hits.LabelFrom(idFollow, line, max(m.width-draw.Width(btn), 0), 0, hit.ZButton, btn)
	m.hits.Blocks(m.vp.Shown(), top, m.width, hit.ZItem, m.rowOf)
	lines := strings.SplitN(bottom, "\n", 3)
	if len(lines) > 1 {
		m.recordBar(lines[1], under+1)
	}
}

// rowOf is the region of scrolling block b: the selectable row drawn
// there, none for the post itself and the headings.
func (m *Page) rowOf(b int) string {
	for i, at := range m.index {
		if at == b {
			return hit.Item(i + 1)
		}
	}
	return ""
}

// recordBar records each part of the interaction bar, drawn as bar on
// row y (" ♡ 18,421  💬 1,260  ☆ 3,310  ↗ 2,045"): its icon and count.
func (m *Page) recordBar(bar string, y int) {
	ids := [...]string{idLike, idComment, idCollect, idForward}
	parts := strings.Fields(ansi.Strip(bar)) // icon, count, icon, count…
	from := 0
	for i := 0; i+1 < len(parts) && i/2 < len(ids); i += 2 {
		icon, count := parts[i], parts[i+1]
		x, ok := hit.Find(bar, icon+" "+count, from)
		if !ok {
			return // cut short by the width
		}
		w := draw.Width(icon + " " + count)
		m.hits.Add(ids[i/2], x, y, w, 1, hit.ZButton)
		from = x + w
	}
}

// click does what a click on region id does: the same as enter on an
// item, or as the key a button stands for.
func (m *Page) click(id string) tea.Cmd {
	switch {
	case m.input.Focused():
		return nil
	case m.picker.IsOpen():
		if i, ok := hit.ItemOf(id); ok {
			if to, ok := m.picker.Pick(i); ok {
				return actions.Forward(m.env, m.d.post, to)
			}
		}
		return nil
	case !m.loaded:
		return nil
	}
	if i, ok := hit.ItemOf(id); ok {
		if i >= m.count() {
			return nil
		}
		m.sel = i
		return tea.Batch(m.followScroll(), m.pressEnter())
	}
	return m.press(id)
}

// pressEnter does what enter does on the selection: what leads to
// another page pauses a playing video first.
func (m *Page) pressEnter() tea.Cmd {
	if m.leadsAway() {
		m.leaving()
	}
	return m.activate()
}

// press does what the key button id stands for; an id the page does not
// draw does nothing.
func (m *Page) press(id string) tea.Cmd {
	p := m.d.post
	switch id {
	case idLike:
		return actions.ToggleLike(m.env, p)
	case idCollect:
		return actions.ToggleCollect(m.env, p)
	case idForward:
		m.picker.Open()
	case idFollow:
		return actions.ToggleFollow(m.env, m.d.account.ID, m.d.account.Name, m.source)
	case idComment:
		return m.input.Focus()
	}
	return nil
}
