package collected

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

type keyMap struct {
	up, down, open, uncollect key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	return keyMap{up: k.Up, down: k.Down,
		open:      keys.Relabel(k.Enter, "open post"),
		uncollect: keys.Relabel(k.Collect, "uncollect")}
}

// ShortHelp lists what works on the selected post; nothing on an empty
// list.
func (m *List) ShortHelp() []key.Binding {
	if _, ok := m.selected(); !ok {
		return nil
	}
	return []key.Binding{m.keys.up, m.keys.down, m.keys.open, m.keys.uncollect}
}

// FullHelp is the same bindings, one group.
func (m *List) FullHelp() [][]key.Binding {
	if h := m.ShortHelp(); len(h) > 0 {
		return [][]key.Binding{h}
	}
	return nil
}
