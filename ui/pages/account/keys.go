package account

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// keyMap holds the page's bindings, relabelled for what they do here.
type keyMap struct {
	up, down, follow, unfollow key.Binding
	toggle, untoggle           key.Binding
	claim, openMP, openPost    key.Binding
	openGroup, write           key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	with := func(b key.Binding, keys, desc string) key.Binding {
		b.SetHelp(keys, desc)
		return b
	}
	return keyMap{
		up:        k.Up,
		down:      k.Down,
		follow:    k.Follow,
		unfollow:  with(k.Follow, "f", "unfollow"),
		toggle:    with(k.Enter, "enter", "follow"),
		untoggle:  with(k.Enter, "enter", "unfollow"),
		claim:     with(k.Enter, "enter", "claim"),
		openMP:    with(k.Enter, "enter", "open"),
		openPost:  with(k.Enter, "enter", "open"),
		openGroup: with(k.Enter, "enter", "group"),
		write:     with(k.Enter, "enter", "new post"),
	}
}

// enter is the enter binding for the selected row.
func (m *Page) enter() key.Binding {
	switch r := m.row(); r.kind {
	case rowCoupon:
		return m.keys.claim
	case rowProgram:
		return m.keys.openMP
	case rowGroup:
		return m.keys.openGroup
	case rowPost:
		return m.keys.openPost
	}
	switch {
	case m.own():
		return m.keys.write
	case m.following():
		return m.keys.untoggle
	}
	return m.keys.toggle
}

// followKey is f, labelled for what it does now.
func (m *Page) followKey() key.Binding {
	if m.following() {
		return m.keys.unfollow
	}
	return m.keys.follow
}

// ShortHelp lists what works on the selected row.
func (m *Page) ShortHelp() []key.Binding {
	if !m.loaded {
		return nil
	}
	switch {
	case m.own():
		return []key.Binding{m.enter(), m.keys.down}
	case m.row().kind == rowProfile:
		return []key.Binding{m.keys.down, m.followKey()}
	}
	return []key.Binding{m.enter(), m.followKey()}
}

// FullHelp groups the same bindings for the "?" page.
func (m *Page) FullHelp() [][]key.Binding {
	if !m.loaded {
		return nil
	}
	if m.own() {
		return [][]key.Binding{{m.keys.up, m.keys.down, m.enter()}}
	}
	return [][]key.Binding{{m.keys.up, m.keys.down, m.enter()}, {m.followKey()}}
}
