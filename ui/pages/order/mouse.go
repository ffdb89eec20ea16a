package order

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// The order pages take the mouse (hit.Clickable): a click on a button
// does what its key does, a click on a nearby offer selects it and does
// what enter does there. The header's ‹ is hit.Back, which the root
// turns into esc.

// Ids of the order pages' buttons.
const (
	idLess    = "less"    // confirm: the stepper's ‹ −, as ←
	idMore    = "more"    // confirm: the stepper's + ›, as →
	idCoupon  = "coupon"  // confirm: the applied coupon and its hint, as space
	idPay     = "pay"     // confirm: [ enter  Pay ¥… ] or [ enter  Book ], as enter
	idCollect = "collect" // success: the ☆ Add … to My Mini Programs tip, as s

	merchantPrefix = "merchant:" // + an offer's index: its merchant's heading, as o
)

// Regions is where the confirm page's last View can be clicked.
func (c *Confirm) Regions() *hit.Regions { return &c.hits }

// Regions is where the payment success page's last View can be clicked.
func (s *Success) Regions() *hit.Regions { return &s.hits }

// click is a click on region id of the confirm page: what the key of
// the button there does. While the payment commits, nothing.
func (c *Confirm) click(id string) tea.Cmd {
	if c.paying {
		return nil
	}
	switch id {
	case idLess:
		c.step(-1)
	case idMore:
		c.step(1)
	case idCoupon:
		c.toggleCoupon()
	case idPay:
		return c.pay()
	}
	return nil
}

// click is a click on region id of the payment success page: an offer
// is selected and entered (claimed or used), its merchant's heading
// opens the merchant, the tip collects the mini program.
func (s *Success) click(id string) tea.Cmd {
	if !s.loaded {
		return nil
	}
	if i, ok := hit.ItemOf(id); ok && i < len(s.offers) {
		s.sel = i
		return s.enter()
	}
	if i, ok := merchantOf(id); ok && i < len(s.offers) {
		s.sel = i
		return s.openMerchant()
	}
	if id == idCollect && !s.state.Collected(s.mp.ID) {
		return s.toggleCollect()
	}
	return nil
}

// merchantID is the region of the heading over offer i, the first of its
// merchant's.
func merchantID(i int) string { return hit.Numbered(merchantPrefix, i) }

// merchantOf is the offer merchantID(i) names.
func merchantOf(id string) (int, bool) { return hit.NumberOf(merchantPrefix, id) }

// successRegions records what the success page's body (drawn by s.vp
// from row top) lets a click act on: the collect tip, each offer's
// line and its merchant's heading.
func (s *Success) successRegions(firstOffer, top, w int) {
	tip := -1
	if s.loaded && !s.state.Collected(s.mp.ID) && s.guidance().Shows() {
		tip = 2 // hero, receipt, then the prompt (View)
	}
	s.hits.Lines(s.vp.Shown(), top, w, hit.ZItem, func(b, line, lines int) string {
		i := b - firstOffer
		switch {
		case b == tip:
			return idCollect
		case i < 0 || i >= len(s.offers):
			return ""
		case line == lines-1:
			return hit.Item(i)
		case line == 0:
			return merchantID(i)
		}
		return ""
	})
}

// stack is a View's parts top to bottom and the row the next one starts
// on, so that what a part makes clickable is recorded on its row.
type stack struct {
	parts []string
	rows  int
}

// add appends parts and returns the row the first starts on.
func (k *stack) add(parts ...string) int {
	row := k.rows
	for _, p := range parts {
		k.parts = append(k.parts, p)
		k.rows += strings.Count(p, "\n") + 1
	}
	return row
}
