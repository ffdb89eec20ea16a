package messages

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/draw"
	"lifesim/ui/keys"
	"lifesim/ui/screen"
)

// keyMap is what the tab answers to, from the public key map; its
// bindings are what the help lists.
type keyMap struct {
	Up, Down    key.Binding
	OpenOrder   key.Binding // enter on an order notice
	OpenLife    key.Binding // enter on the Life accounts entry
	OpenAccount key.Binding // enter on a message
}

func newKeyMap(env screen.Env) keyMap {
	k := env.Keys
	return keyMap{
		Up:          k.Up,
		Down:        k.Down,
		OpenOrder:   keys.Relabel(k.Enter, "open mini program"),
		OpenLife:    keys.Relabel(k.Enter, "open Life"),
		OpenAccount: keys.Relabel(k.Enter, "open account"),
	}
}

// handleKey moves the selection or opens the selected item.
func (m *Tab) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	items := m.items()
	i, ok := m.selected(items)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.Up):
		m.sel = items[draw.Clamp(i-1, len(items))].key()
	case key.Matches(msg, m.keys.Down):
		m.sel = items[draw.Clamp(i+1, len(items))].key()
	case key.Matches(msg, m.keys.OpenOrder):
		return m.open(items[i])
	}
	return nil
}

// ShortHelp lists the keys that do something now: moving only when there
// is somewhere to move, and enter named for what it opens.
func (m *Tab) ShortHelp() []key.Binding {
	items := m.items()
	i, ok := m.selected(items)
	if !ok {
		return nil
	}
	var out []key.Binding
	if len(items) > 1 {
		out = append(out, m.keys.Up, m.keys.Down)
	}
	switch {
	case items[i].life:
		return append(out, m.keys.OpenLife)
	case items[i].letter != nil:
		return append(out, m.keys.OpenAccount)
	}
	return append(out, m.keys.OpenOrder)
}

// FullHelp is the short help in one group.
func (m *Tab) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
