package coupons

import (
	"charm.land/bubbles/v2/key"

	"lifesim/model"
	"lifesim/ui/keys"
)

type keyMap struct {
	up, down, use key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	use := k.Enter
	use.SetHelp("enter", "use in mini program")
	return keyMap{up: k.Up, down: k.Down, use: use}
}

// ShortHelp lists what works on the selected coupon.
func (m *CardPack) ShortHelp() []key.Binding {
	h, ok := m.selected()
	if !ok {
		return nil
	}
	out := []key.Binding{m.keys.up, m.keys.down}
	if h.program.ID != "" && (h.status == model.CouponUsable || h.status == model.CouponUpcoming) {
		out = append(out, m.keys.use)
	}
	return out
}

// FullHelp is the same bindings, one group.
func (m *CardPack) FullHelp() [][]key.Binding {
	if h := m.ShortHelp(); len(h) > 0 {
		return [][]key.Binding{h}
	}
	return nil
}
