package miniprogram

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/actions"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// Where a click acts on the page (package hit): the bound account's
// [+ Follow] button (what f does), the collection guidance tip (what s
// does), and each service as hit.Item of its index (selected and
// ordered, as enter does). While the follow pop-up is up only its two
// buttons can be pressed. The nav line and its capsule are the root's.

// The page's buttons.
const (
	idFollow  = "follow"         // the account line's [+ Follow] / [✓ Following]
	idCollect = "collect"        // the guidance tip
	idAccept  = "prompt:follow"  // the pop-up's [ f Follow ]
	idDismiss = "prompt:dismiss" // the pop-up's [ x Not now ]
)

// The pop-up's buttons as drawn (sheet).
const (
	acceptLabel  = "[ f Follow ]"
	dismissLabel = "[ x Not now ]"
)

// Regions is where the last frame can be clicked (hit.Clickable). The
// page keeps them with the frame it keeps (view.go).
func (m *Page) Regions() *hit.Regions { return &m.hits }

// clickBlocks is which blocks of the body (view.go) a click acts on:
// the account line's, the tip's (−1: not drawn) and the services', from
// first on (−1: none).
type clickBlocks struct{ account, tip, first int }

// recordBody records the blocks the window win showed (the page's top
// rows): a service or the tip as a whole, the account line by its
// button.
func (m *Page) recordBody(win string) {
	c := m.clicks
	for _, s := range m.vp.Shown() {
		switch {
		case s.Block == c.account:
			// the button is on the block's last line (accountLine): not
			// found when the window ends above it
			y := s.Top + s.Lines - 1
			m.hits.Label(idFollow, lineAt(win, y), y, hit.ZButton, m.followLabel())
		case s.Block == c.tip:
			m.hits.Add(idCollect, 0, s.Top, m.width, s.Lines, hit.ZItem)
		case c.first >= 0 && s.Block >= c.first:
			m.hits.Add(hit.Item(s.Block-c.first), 0, s.Top, m.width, s.Lines, hit.ZItem)
		}
	}
}

// recordSheet records the pop-up's two buttons, the sheet drawn from
// row top: while it is up nothing else can be pressed.
func (m *Page) recordSheet(sheet string, top int) {
	for i, line := range strings.Split(sheet, "\n") {
		m.hits.Label(idAccept, line, top+i, hit.ZPopup, acceptLabel)
		m.hits.Label(idDismiss, line, top+i, hit.ZPopup, dismissLabel)
	}
}

// click does what a click on region id does: what the pop-up's keys
// do while it is up; otherwise enter on a service, f on the follow
// button, s on the tip. An id the page does not draw does nothing, and
// so does every click until the page has loaded.
func (m *Page) click(id string) tea.Cmd {
	if !m.ready() {
		return nil
	}
	if m.prompt {
		switch id {
		case idAccept:
			return m.answer(true)
		case idDismiss:
			return m.answer(false)
		}
		return nil
	}
	if i, ok := hit.ItemOf(id); ok {
		if i >= len(m.mp.Services) {
			return nil
		}
		m.sel = i
		return m.order()
	}
	switch id {
	case idFollow:
		return m.follow()
	case idCollect:
		return m.collect()
	}
	return nil
}

// order opens the order page for the selected service (enter).
func (m *Page) order() tea.Cmd {
	if len(m.mp.Services) == 0 {
		return nil
	}
	return screen.Send(nav.OpenOrderMsg{MiniProgram: m.mp, Service: m.mp.Services[m.sel]})
}

// follow follows or unfollows the bound account (f).
func (m *Page) follow() tea.Cmd {
	if m.account == nil {
		return nil
	}
	return actions.ToggleFollow(m.env, m.account.ID, m.account.Name, m.source)
}

// collect adds the mini program to My Mini Programs, or takes it off (s):
// while the guidance tip shows, collecting is the tip's outcome.
func (m *Page) collect() tea.Cmd {
	if m.guidanceShowing() {
		m.guidanceDone = true
		return collectFromGuidance(m.env, m.id, m.mp.Name, m.source)
	}
	return actions.ToggleFavourite(m.env, m.id, m.mp.Name, m.source)
}

// lineAt is line y of text ("" past its end).
func lineAt(text string, y int) string {
	for range y {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return ""
		}
		text = text[i+1:]
	}
	line, _, _ := strings.Cut(text, "\n")
	return line
}
