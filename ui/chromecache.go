package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"lifesim/ui/nav"
)

// The chrome (status line, tab bar, help line, notice) changes far less
// often than the frame: a key that scrolls a list, a result that lands,
// redraw the content and leave the bars as they were. Each piece is kept
// with the inputs it was drawn from and drawn again only when one of them
// changed; the palette's generation (App.stylesGen) is among every
// piece's inputs, since the styles are changed in place. In a room of
// fifty the help line and the tab bar were each a sixth of a key's cost
// before they were kept.

// kept is one piece of chrome drawn from inputs of type K.
type kept[K comparable] struct {
	key   K
	text  string
	drawn bool
}

// get is the piece drawn for k, drawing it with draw if k changed.
func (c *kept[K]) get(k K, draw func() string) string {
	if !c.drawn || c.key != k {
		c.key, c.text, c.drawn = k, draw(), true
	}
	return c.text
}

// keptFew is a few pieces drawn from inputs of type K, for a piece that
// goes back and forth between a few drawings: the help line changes with
// the screen in front, and a walk through the app comes back to the same
// screens. When full, the oldest piece gives way.
type keptFew[K comparable] struct {
	pieces [keptPieces]kept[K]
	next   int // the slot the next new piece takes
}

const keptPieces = 16

func (c *keptFew[K]) get(k K, draw func() string) string {
	for i := range c.pieces {
		if p := &c.pieces[i]; p.drawn && p.key == k {
			return p.text
		}
	}
	p := &c.pieces[c.next]
	c.next = (c.next + 1) % keptPieces
	*p = kept[K]{key: k, text: draw(), drawn: true}
	return p.text
}

// chromeCache is the root's kept chrome.
type chromeCache struct {
	status  kept[statusKey]
	tabs    keptFew[tabsKey]
	help    keptFew[helpKey]
	notice  kept[noticeKey]
	content kept[contentKey]
}

type noticeKey struct {
	text, err string // the notice's, "" if none or its page is not in front
	width     int
	gen       int
}

type statusKey struct {
	clock    string // the minute shown
	variants bool   // the v key: line is the arms, not the persona
	line     string
	width    int
	gen      int
}

type tabsKey struct {
	slots [nav.NumTabs]nav.Tab // the visible slots, in order
	n     int                  // how many there are
	tab   nav.Tab
	width int
	gen   int
}

type helpKey struct {
	bindings string // every binding's key and description, in order
	width    int
	gen      int
}

// contentKey is the screen's body and the notice: the body is the same
// string while the screen keeps its frame, and comparing the same string
// costs a pointer comparison.
type contentKey struct {
	body, notice string
	width, rows  int
}

// bindingsKey is what the help line shows of bs: each one's key and
// description, in order.
func bindingsKey(groups ...[]key.Binding) string {
	var b strings.Builder
	for _, bs := range groups {
		for _, k := range bs {
			h := k.Help()
			b.WriteString(h.Key)
			b.WriteByte(0x1f)
			b.WriteString(h.Desc)
			b.WriteByte(0x1e)
		}
		b.WriteByte(0x1d)
	}
	return b.String()
}
