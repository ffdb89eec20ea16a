package orders

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

type keyMap struct {
	up, down, open key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	return keyMap{up: k.Up, down: k.Down, open: keys.Relabel(k.Enter, "open mini program")}
}

// ShortHelp lists what works on the selected order: nothing on an empty
// list, and no open when its mini program is gone.
func (m *List) ShortHelp() []key.Binding {
	p, ok := m.selected()
	if !ok {
		return nil
	}
	out := []key.Binding{m.keys.up, m.keys.down}
	if p.program.ID != "" {
		out = append(out, m.keys.open)
	}
	return out
}

// FullHelp is the same bindings, one group.
func (m *List) FullHelp() [][]key.Binding {
	if h := m.ShortHelp(); len(h) > 0 {
		return [][]key.Binding{h}
	}
	return nil
}
