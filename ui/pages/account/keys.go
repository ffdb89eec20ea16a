package account

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/components/couponoffer"
	"lifesim/ui/keys"
)

// keyMap holds the page's bindings, relabelled for what they do here.
type keyMap struct {
	up, down, follow, unfollow key.Binding
	toggle, untoggle           key.Binding
	openMP, openPost           key.Binding
	openGroup, write           key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	return keyMap{
		up:        k.Up,
		down:      k.Down,
		follow:    k.Follow,
		unfollow:  keys.Relabel(k.Follow, "unfollow"),
		toggle:    keys.Relabel(k.Enter, "follow"),
		untoggle:  keys.Relabel(k.Enter, "unfollow"),
		openMP:    keys.Relabel(k.Enter, "open"),
		openPost:  keys.Relabel(k.Enter, "open"),
		openGroup: keys.Relabel(k.Enter, "group"),
		write:     keys.Relabel(k.Enter, "new post"),
	}
}

// enter is the enter binding for the selected row.
func (m *Page) enter() key.Binding {
	switch r := m.row(); r.kind {
	case rowCoupon:
		return couponoffer.Enter(m.env.Keys, m.offer(m.coupons[r.index]))
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
