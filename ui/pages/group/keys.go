package group

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// keyMap holds the page's bindings, relabelled for what they do here.
type keyMap struct {
	up, down            key.Binding
	join, leave, open   key.Binding
	joinKey, joinKeyOff key.Binding
	newPost             key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	with := func(b key.Binding, keys, desc string) key.Binding {
		b.SetHelp(keys, desc)
		return b
	}
	return keyMap{
		up:    k.Up,
		down:  k.Down,
		join:  with(k.Enter, "enter", "join"),
		leave: with(k.Enter, "enter", "leave"),
		open:  with(k.Enter, "enter", "open"),
		// f ("follow") joins or leaves from anywhere on the page: joining a
		// group is following its topic.
		joinKey:    with(k.Follow, "f", "join"),
		joinKeyOff: with(k.Follow, "f", "leave"),
		newPost:    with(k.NewPost, "n", "post here"),
	}
}

// ShortHelp lists what works on the selected row.
func (m *Page) ShortHelp() []key.Binding {
	if !m.loaded {
		return nil
	}
	k := m.keys
	if m.sel == 0 {
		if m.joined {
			return []key.Binding{k.leave, k.down, k.newPost}
		}
		return []key.Binding{k.join, k.down, k.newPost}
	}
	jk := k.joinKey
	if m.joined {
		jk = k.joinKeyOff
	}
	return []key.Binding{k.open, jk, k.newPost}
}

// FullHelp groups the same bindings for the "?" page.
func (m *Page) FullHelp() [][]key.Binding {
	if !m.loaded {
		return nil
	}
	k := m.keys
	jk := k.joinKey
	if m.joined {
		jk = k.joinKeyOff
	}
	return [][]key.Binding{{k.up, k.down, k.open}, {jk, k.newPost}}
}
