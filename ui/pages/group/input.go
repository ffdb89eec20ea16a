package group

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/draw"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// handleKey moves the selection, joins or leaves, or opens a post. (Posts
// are liked and collected on their own page: this package sits below the
// post page, which opens groups.)
func (m *Page) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if !m.loaded {
		return nil
	}
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.sel = draw.Clamp(m.sel-1, m.count())
		if m.sel == 0 {
			m.vp.Offset = 0 // back on the button: show the group from its top
		}
	case key.Matches(msg, k.Down):
		m.sel = draw.Clamp(m.sel+1, m.count())
		return m.maybeMore()
	case key.Matches(msg, k.Follow):
		return actions.ToggleJoin(m.env, m.id)
	case key.Matches(msg, m.keys.newPost):
		return screen.Send(nav.OpenComposeMsg{Group: m.id})
	case key.Matches(msg, k.Enter):
		if p, ok := m.selected(); ok {
			return screen.Send(nav.OpenPostMsg{ID: p.ID, Source: model.SourceGroup})
		}
		return actions.ToggleJoin(m.env, m.id)
	}
	return nil
}

// selected is the post under the selection, if a post is selected.
func (m *Page) selected() (model.Post, bool) {
	i := m.sel - 1
	if i < 0 || i >= len(m.posts) {
		return model.Post{}, false
	}
	return m.posts[i], true
}
