package compose

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// keyMap is the form's bindings: the shared tab, arrows, enter and esc (docs/keys.md)
// with this page's meaning, plus ctrl+s to publish from any field.
type keyMap struct {
	next, prev, pick, enter, publish, publishKey, cancel key.Binding
	newline                                              key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	return keyMap{
		next:       keys.Relabel(k.NextTab, "next field"),
		prev:       keys.Relabel(k.PrevTab, "previous field"),
		pick:       key.NewBinding(key.WithKeys(append(k.Left.Keys(), k.Right.Keys()...)...), key.WithHelp("←/→", "group")),
		enter:      keys.Relabel(k.Enter, "next field"),
		newline:    keys.Relabel(k.Enter, "new line"),
		publish:    keys.Relabel(k.Enter, "publish"),
		publishKey: key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "publish")),
		cancel:     keys.Relabel(k.Back, "discard"),
	}
}

// ShortHelp lists what works in the focused field.
func (m *Editor) ShortHelp() []key.Binding {
	k := m.keys
	if m.publishing {
		return nil
	}
	switch m.focus {
	case fieldBody:
		return []key.Binding{k.next, k.newline, k.publishKey, k.cancel}
	case fieldGroup:
		return []key.Binding{k.pick, k.next, k.publishKey, k.cancel}
	case fieldPublish:
		return []key.Binding{k.publish, k.prev, k.cancel}
	}
	return []key.Binding{k.next, k.publishKey, k.cancel}
}

// FullHelp is every binding of the form.
func (m *Editor) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{{k.next, k.prev, k.enter, k.pick}, {k.publishKey, k.cancel}}
}
