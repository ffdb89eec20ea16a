package console

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyMap is the console's keys: only closing the room. The researcher
// watches; nothing else is typed here.
type keyMap struct {
	Close key.Binding
}

func newKeys() keyMap {
	return keyMap{Close: key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "close the room"))}
}

// ShortHelp implements help.KeyMap.
func (k keyMap) ShortHelp() []key.Binding { return []key.Binding{k.Close} }

// FullHelp implements help.KeyMap.
func (k keyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// key runs a key press: q or ctrl+c close the room; every other key is
// forgiven.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Close) {
		m.closed = true
		return tea.Quit
	}
	return nil
}
