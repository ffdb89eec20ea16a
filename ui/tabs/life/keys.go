package life

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// keyMap is the Life tab's bindings, relabelled for what they do here.
type keyMap struct {
	feeds, up, down, open, like, collect, follow, forward key.Binding
	pick, cancel                                          key.Binding
	newPost, myPage                                       key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	feeds := key.NewBinding(
		key.WithKeys(append(k.Left.Keys(), k.Right.Keys()...)...),
		key.WithHelp("←/→", "feeds"))
	return keyMap{
		feeds:   feeds,
		up:      k.Up,
		down:    k.Down,
		open:    k.Enter,
		like:    k.Like,
		collect: k.Collect,
		follow:  k.Follow,
		forward: k.Forward,
		pick:    keys.Relabel(k.Enter, "forward"),
		cancel:  keys.Relabel(k.Back, "cancel"),
		newPost: k.NewPost,
		myPage:  k.MyPage,
	}
}

// ShortHelp lists what works on the current selection.
func (m *Feed) ShortHelp() []key.Binding {
	k := m.keys
	if m.picker.IsOpen() {
		return []key.Binding{k.up, k.down, k.pick, k.cancel}
	}
	it, ok := m.selected()
	switch {
	case !ok:
		return []key.Binding{k.feeds, k.newPost}
	case it.kind == itemSuggestion:
		return []key.Binding{k.feeds, k.open, k.follow, k.newPost}
	}
	return []key.Binding{k.feeds, k.open, k.like, k.collect, k.follow, k.forward, k.newPost}
}

// FullHelp groups the same bindings for the "?" page.
func (m *Feed) FullHelp() [][]key.Binding {
	k := m.keys
	if m.picker.IsOpen() {
		return [][]key.Binding{{k.up, k.down, k.pick, k.cancel}}
	}
	it, ok := m.selected()
	mine := []key.Binding{k.newPost}
	if m.ownPosts > 0 {
		mine = append(mine, k.myPage)
	}
	switch {
	case !ok:
		return [][]key.Binding{{k.feeds}, mine}
	case it.kind == itemSuggestion:
		return [][]key.Binding{{k.feeds, k.up, k.down}, {k.open, k.follow}, mine}
	}
	return [][]key.Binding{{k.feeds, k.up, k.down, k.open}, {k.like, k.collect, k.follow, k.forward}, mine}
}
