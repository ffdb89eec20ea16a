package post

import (
	"charm.land/bubbles/v2/key"

	"lifesim/model"
	"lifesim/ui/components/couponoffer"
	"lifesim/ui/keys"
)

// keyMap holds the page's bindings, relabelled for what they do here.
type keyMap struct {
	up, down                                key.Binding
	openAccount, openLink, groupInfo        key.Binding
	like, collect, comment, forward, follow key.Binding
	send, pick, cancel, leaveInput          key.Binding
}

func newKeyMap(k *keys.Map) keyMap {
	return keyMap{
		up:          k.Up,
		down:        k.Down,
		openAccount: keys.Relabel(k.Enter, "account"),
		openLink:    keys.Relabel(k.Enter, "open"),
		groupInfo:   keys.Relabel(k.Enter, "group"),
		like:        k.Like,
		collect:     k.Collect,
		comment:     k.Comment,
		forward:     k.Forward,
		follow:      k.Follow,
		send:        keys.Relabel(k.Enter, "post"),
		pick:        keys.Relabel(k.Enter, "forward"),
		cancel:      keys.Relabel(k.Back, "cancel"),
		leaveInput:  keys.Relabel(k.Back, "close (text kept)"),
	}
}

// enter is the enter binding for what is selected (none for a comment).
func (m *Page) enter() []key.Binding {
	k := m.keys
	if m.sel == 0 {
		return []key.Binding{k.openAccount}
	}
	c, ok := m.component()
	if !ok {
		return nil
	}
	switch c.Kind {
	case model.ComponentService:
		return []key.Binding{k.openLink}
	case model.ComponentCoupon:
		if cp, ok := m.d.coupons[c.CouponID]; ok {
			return []key.Binding{couponoffer.Enter(m.env.Keys, m.offer(cp))}
		}
		return nil
	}
	return []key.Binding{k.groupInfo}
}

// ShortHelp lists what works right now.
func (m *Page) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.input.Focused():
		return []key.Binding{k.send, k.leaveInput}
	case m.picker.IsOpen():
		return []key.Binding{k.up, k.down, k.pick, k.cancel}
	case !m.loaded:
		return nil
	}
	return append(append(m.enter(), m.playKeys()...), k.like, k.collect, k.comment, k.forward, k.follow)
}

// FullHelp groups the same bindings for the "?" page.
func (m *Page) FullHelp() [][]key.Binding {
	k := m.keys
	switch {
	case m.input.Focused(), m.picker.IsOpen(), !m.loaded:
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		append(append([]key.Binding{k.up, k.down}, m.enter()...), m.playKeys()...),
		{k.like, k.collect, k.comment, k.forward, k.follow},
	}
}
