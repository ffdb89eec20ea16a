package miniprogram

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// ShortHelp lists the keys that work right now.
func (m *Page) ShortHelp() []key.Binding {
	if !m.ready() {
		return nil
	}
	k := m.env.Keys
	var out []key.Binding
	if m.prompt {
		out = append(out, m.pkeys.accept, m.pkeys.dismiss)
	}
	if n := len(m.mp.Services); n > 1 {
		out = append(out, key.NewBinding(key.WithKeys(append(k.Up.Keys(), k.Down.Keys()...)...), key.WithHelp("↑↓", "select")))
	}
	if len(m.mp.Services) > 0 {
		out = append(out, keys.Relabel(k.Enter, m.enterLabel()))
	}
	if m.state.Collected(m.id) {
		out = append(out, keys.Relabel(k.Collect, "uncollect"))
	} else {
		out = append(out, keys.Relabel(k.Collect, "collect"))
	}
	if m.account != nil && !m.prompt {
		if m.following() {
			out = append(out, keys.Relabel(k.Follow, "unfollow"))
		} else {
			out = append(out, keys.Relabel(k.Follow, "follow"))
		}
	}
	return out
}

// FullHelp is the same bindings, one group.
func (m *Page) FullHelp() [][]key.Binding {
	if h := m.ShortHelp(); len(h) > 0 {
		return [][]key.Binding{h}
	}
	return nil
}

// enterLabel is what enter does to the selected service: a free one is
// booked, without a payment step.
func (m *Page) enterLabel() string {
	if m.sel >= 0 && m.sel < len(m.mp.Services) && m.mp.Services[m.sel].Free() {
		return "book"
	}
	return "order"
}
