package forms

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// KeyMap is the forms' bindings: the shared tab, shift+tab, arrows, enter
// and esc (docs/keys.md) named for what they do in a form, plus ctrl+s to
// save from any field. ↑/↓ are the arrow keys only: k and j type.
type KeyMap struct {
	Next, Prev, Down, Up key.Binding
	Pick, Toggle         key.Binding // ←/→ through a choice; space flips a toggle
	Enter, Save, Close   key.Binding
	Newline              key.Binding // in a text area
	// The components of a post.
	Add, Remove, Choose, Back key.Binding

	left key.Binding // the ← of Pick: steps back
}

// NewKeyMap names the shared keys for a form whose save is called verb
// ("create", "publish", "send").
func NewKeyMap(k *keys.Map, verb string) KeyMap {
	if k == nil {
		k = keys.New()
	}
	b := func(help string, names ...string) key.Binding {
		return key.NewBinding(key.WithKeys(names...), key.WithHelp(help, ""))
	}
	with := func(kb key.Binding, desc string) key.Binding { return keys.Relabel(kb, desc) }
	return KeyMap{
		Next:    with(k.NextTab, "next field"),
		Prev:    with(k.PrevTab, "previous field"),
		Down:    with(b("↓", "down"), "next field"),
		Up:      with(b("↑", "up"), "previous field"),
		Pick:    with(b("←/→", append(k.Left.Keys(), k.Right.Keys()...)...), "change"),
		Toggle:  with(b("space", "space"), "change"),
		Enter:   with(k.Enter, "next field"),
		Save:    with(b("ctrl+s", "ctrl+s"), verb),
		Close:   with(k.Back, "close"),
		Newline: with(k.Enter, "new line"),
		Add:     with(k.Enter, "add component"),
		Remove:  with(b("d", "d", "delete", "backspace"), "remove"),
		Choose:  with(b("↑/↓", "up", "down"), "choose"),
		Back:    with(k.Back, "back to the form"),
		left:    k.Left,
	}
}
