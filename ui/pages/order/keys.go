package order

import (
	"slices"

	"charm.land/bubbles/v2/key"

	"lifesim/ui/components/couponoffer"
	"lifesim/ui/keys"
)

// pageKeys are the order pages' bindings: the shared keys (docs/keys.md) with this flow's
// help text, plus the few keys the flow adds (+/- quantity, space for the
// coupon, o to open a nearby merchant).
type pageKeys struct {
	Less, More, Coupon, Pay key.Binding // confirm
	Book                    key.Binding // confirm, a free service
	Nav, Open               key.Binding // payment success
	Collect, Uncollect      key.Binding
}

func newPageKeys(k *keys.Map) pageKeys {
	nb := func(keys []string, h, d string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(h, d))
	}
	return pageKeys{
		Less:      nb(slices.Concat(k.Left.Keys(), []string{"-"}), "←/-", "fewer"),
		More:      nb(slices.Concat(k.Right.Keys(), []string{"+", "="}), "→/+", "more"),
		Coupon:    nb([]string{"space"}, "space", "coupon on/off"),
		Pay:       keys.Relabel(k.Enter, "pay"),
		Book:      keys.Relabel(k.Enter, "book"),
		Nav:       nb(slices.Concat(k.Up.Keys(), k.Down.Keys()), "↑↓", "select"),
		Open:      nb([]string{"o"}, "o", "open merchant"),
		Collect:   keys.Relabel(k.Collect, "collect"),
		Uncollect: keys.Relabel(k.Collect, "uncollect"),
	}
}

// ShortHelp lists the confirm page's keys that work right now.
func (c *Confirm) ShortHelp() []key.Binding {
	switch {
	case c.paying:
		return nil
	case c.booking() && c.loaded:
		return []key.Binding{c.keys.Book}
	case c.booking():
		return nil
	}
	out := []key.Binding{c.keys.Less, c.keys.More}
	if c.canToggleCoupon() {
		out = append(out, c.keys.Coupon)
	}
	if c.loaded {
		out = append(out, c.keys.Pay)
	}
	return out
}

// FullHelp is the confirm page's keys in one group.
func (c *Confirm) FullHelp() [][]key.Binding { return group(c.ShortHelp()) }

// ShortHelp lists the payment success page's keys that work right now.
func (s *Success) ShortHelp() []key.Binding {
	if !s.loaded {
		return nil
	}
	var out []key.Binding
	if len(s.offers) > 1 {
		out = append(out, s.keys.Nav)
	}
	if o, ok := s.selected(); ok {
		out = append(out, couponoffer.Enter(s.env.Keys, s.offer(o)), s.keys.Open)
	}
	if s.state.Collected(s.mp.ID) {
		return append(out, s.keys.Uncollect)
	}
	return append(out, s.keys.Collect)
}

// FullHelp is the payment success page's keys in one group.
func (s *Success) FullHelp() [][]key.Binding { return group(s.ShortHelp()) }

func group(b []key.Binding) [][]key.Binding {
	if len(b) == 0 {
		return nil
	}
	return [][]key.Binding{b}
}
