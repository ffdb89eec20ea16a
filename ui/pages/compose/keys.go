package compose

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// keyMap is the form's bindings: the shared tab, arrows, enter and esc (docs/keys.md)
// with this page's meaning, plus ctrl+s to publish from any field.
type keyMap struct {
	next, prev, pick, enter, publish, publishKey, cancel key.Binding
	newline, close                                       key.Binding
	// the Keep draft? prompt
	keep, discard, backToForm key.Binding
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
		cancel:     keys.Relabel(k.Back, "keep or discard draft"),
		close:      keys.Relabel(k.Back, "close"),
		keep:       key.NewBinding(key.WithKeys("k"), key.WithHelp("k", "keep draft")),
		discard:    key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "discard draft")),
		backToForm: keys.Relabel(k.Back, "back to editing"),
	}
}

// esc is what esc does now: with nothing written it just closes.
func (m *Editor) esc() key.Binding {
	if m.draft().Empty() {
		return m.keys.close
	}
	return m.keys.cancel
}

// ShortHelp lists what works in the focused field.
func (m *Editor) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.publishing || m.kept.saving:
		return nil
	case m.kept.asking:
		return []key.Binding{k.keep, k.discard, k.backToForm}
	}
	esc := m.esc()
	switch m.focus {
	case fieldBody:
		return []key.Binding{k.next, k.newline, k.publishKey, esc}
	case fieldGroup:
		return []key.Binding{k.pick, k.next, k.publishKey, esc}
	case fieldPublish:
		return []key.Binding{k.publish, k.prev, esc}
	}
	return []key.Binding{k.next, k.publishKey, esc}
}

// FullHelp is every binding of the form.
func (m *Editor) FullHelp() [][]key.Binding {
	k := m.keys
	if m.kept.asking {
		return [][]key.Binding{{k.keep, k.discard, k.backToForm}}
	}
	return [][]key.Binding{{k.next, k.prev, k.enter, k.pick}, {k.publishKey, k.cancel}}
}
