package search

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/draw"
	"lifesim/ui/keys"
)

// inputKeys are the keys that mean something other than text while the
// input has focus. They exclude the letter aliases of the public map (j, k)
// so that those can be typed.
type inputKeys struct {
	leave  key.Binding // into the results
	submit key.Binding // open the first result
	erase  key.Binding // from the results: back into the input, deleting
	clear  key.Binding // empty the input
}

func newInputKeys(k *keys.Map) inputKeys {
	return inputKeys{
		leave:  key.NewBinding(key.WithKeys("down", "esc"), key.WithHelp("↓/esc", "results")),
		submit: key.NewBinding(key.WithKeys(k.Enter.Keys()...), key.WithHelp("enter", "open first")),
		erase:  key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "edit")),
		clear:  key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "clear")),
	}
}

// ShortHelp lists what works now: typing keys in the input, or the
// actions the selected result allows.
func (m *Tab) ShortHelp() []key.Binding {
	k := m.env.Keys
	items := m.items()
	if m.input.Focused() {
		if m.empty() {
			return []key.Binding{keys.Relabel(m.keys.leave, "leave")}
		}
		if len(items) == 0 {
			return []key.Binding{keys.Relabel(m.keys.leave, "leave"), m.keys.clear}
		}
		return []key.Binding{m.keys.submit, m.keys.leave, m.keys.clear}
	}
	if len(items) == 0 {
		return nil // the root's "/ search" refocuses the input
	}
	out := []key.Binding{k.Up, k.Down}
	it := items[draw.Clamp(m.sel, len(items))]
	switch {
	case it.popular != "":
		out = append(out, keys.Relabel(k.Enter, "search"))
	default:
		out = append(out, k.Enter)
		if c := m.toggleKey(it); c.Enabled() {
			out = append(out, c)
		}
	}
	return out
}

// FullHelp is the short help in one group.
func (m *Tab) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// toggleKey is s or f for a result, named for what it will do; disabled
// for content results.
func (m *Tab) toggleKey(it item) key.Binding {
	k := m.env.Keys
	switch {
	case it.isMiniProgram() && m.collected(it.result.ID):
		return keys.Relabel(k.Collect, "uncollect")
	case it.isMiniProgram():
		return k.Collect
	case it.isAccount() && m.following(it.result.ID):
		return keys.Relabel(k.Follow, "unfollow")
	case it.isAccount():
		return k.Follow
	}
	off := k.Collect
	off.SetEnabled(false)
	return off
}
