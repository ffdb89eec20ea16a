package home

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// ShortHelp lists the keys that do something on the current selection,
// with enter named for what it will do.
func (m *Tab) ShortHelp() []key.Binding {
	k := m.env.Keys
	out := []key.Binding{k.Up, k.Down}
	switch m.zone {
	case zoneSearch:
		out = []key.Binding{k.Down}
	case zoneGrid:
		out = append(out, arrows(k.Left, k.Right))
	case zoneChannels:
		if m.sub < 0 && m.expanded != m.ch {
			out = append(out, keys.Relabel(k.Right, "expand"))
		} else {
			out = append(out, keys.Relabel(k.Left, "collapse"))
		}
	}
	if d := m.enterAction(); d != "" {
		out = append(out, keys.Relabel(k.Enter, d))
	}
	return out
}

// FullHelp is the short help in one group.
func (m *Tab) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// enterAction says what enter does on the selection ("" when nothing).
func (m *Tab) enterAction() string {
	switch m.zone {
	case zoneSearch:
		return "search"
	case zoneGrid:
		cells, more := m.gridCells()
		if more && m.cell == len(cells) {
			return "more"
		}
		if m.cell < len(cells) {
			return "open"
		}
	case zoneChannels:
		switch {
		case len(m.channels) == 0:
		case m.sub >= 0:
			return "open"
		case m.expanded == m.ch:
			return "collapse"
		default:
			return "expand"
		}
	}
	return ""
}

// arrows is one help entry for both ← and →.
func arrows(left, right key.Binding) key.Binding {
	return key.NewBinding(
		key.WithKeys(append(left.Keys(), right.Keys()...)...),
		key.WithHelp(left.Help().Key+right.Help().Key, "move"),
	)
}
