package coupons

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/components/couponoffer"
	"lifesim/ui/keys"
)

type keyMap struct {
	up, down key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	return keyMap{up: k.Up, down: k.Down}
}

// ShortHelp lists what works on the selected coupon.
func (m *CardPack) ShortHelp() []key.Binding {
	h, ok := m.selected()
	if !ok {
		return nil
	}
	out := []key.Binding{m.keys.up, m.keys.down}
	if h.program.ID == "" {
		return out // enter only says the mini program is gone
	}
	return append(out, couponoffer.Enter(m.env.Keys, h.status.Offer()))
}

// FullHelp is the same bindings, one group.
func (m *CardPack) FullHelp() [][]key.Binding {
	if h := m.ShortHelp(); len(h) > 0 {
		return [][]key.Binding{h}
	}
	return nil
}
