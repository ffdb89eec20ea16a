package group

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// keyMap holds the page's bindings, relabelled for what they do here.
type keyMap struct {
	up, down            key.Binding
	join, leave, open   key.Binding
	like, collect       key.Binding
	joinKey, joinKeyOff key.Binding
	newPost             key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	return keyMap{
		up:    k.Up,
		down:  k.Down,
		join:  keys.Relabel(k.Enter, "join"),
		leave: keys.Relabel(k.Enter, "leave"),
		open:  keys.Relabel(k.Enter, "open"),
		// l and s act on the selected post's card, as in the feed
		like:    k.Like,
		collect: k.Collect,
		// f ("follow") joins or leaves from anywhere on the page: joining a
		// group is following its topic.
		joinKey:    keys.Relabel(k.Follow, "join"),
		joinKeyOff: keys.Relabel(k.Follow, "leave"),
		newPost:    keys.Relabel(k.NewPost, "post here"),
	}
}

// ShortHelp lists what works on the selected row.
func (m *Page) ShortHelp() []key.Binding {
	if !m.loaded {
		return nil
	}
	k := m.keys
	if m.sel.Row == 0 {
		if m.joined {
			return []key.Binding{k.leave, k.down, k.newPost}
		}
		return []key.Binding{k.join, k.down, k.newPost}
	}
	return []key.Binding{k.open, k.like, k.collect, m.joinKey(), k.newPost}
}

// FullHelp groups the same bindings for the "?" page.
func (m *Page) FullHelp() [][]key.Binding {
	if !m.loaded {
		return nil
	}
	k := m.keys
	if m.sel.Row == 0 {
		return [][]key.Binding{{k.up, k.down, k.open}, {m.joinKey(), k.newPost}}
	}
	return [][]key.Binding{{k.up, k.down, k.open}, {k.like, k.collect}, {m.joinKey(), k.newPost}}
}

// joinKey is f, labelled for what it does now.
func (m *Page) joinKey() key.Binding {
	if m.joined {
		return m.keys.joinKeyOff
	}
	return m.keys.joinKey
}
