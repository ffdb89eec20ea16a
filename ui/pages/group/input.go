package group

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// handleKey moves the selection, joins or leaves, opens a post, or likes
// or collects the selected post as the feed does.
func (m *Page) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if !m.loaded {
		return nil
	}
	if cmd, ok := m.sel.Scroll(msg, m.env.Keys, m.posts, m.count()); ok {
		return cmd
	}
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Follow):
		return actions.ToggleJoin(m.env, m.id)
	case key.Matches(msg, m.keys.newPost):
		return screen.Send(nav.OpenComposeMsg{Group: m.id})
	case key.Matches(msg, k.Enter):
		return m.activate()
	}
	return m.postKey(msg)
}

// activate does what enter means on the selected row: opens the post,
// or on the button joins or leaves.
func (m *Page) activate() tea.Cmd {
	if p, ok := m.selected(); ok {
		return screen.Send(nav.OpenPostMsg{ID: p.ID, Source: model.SourceGroup})
	}
	return actions.ToggleJoin(m.env, m.id)
}

// postKey likes or collects the selected post; the fresh state that
// follows marks its card and re-reads its counts.
func (m *Page) postKey(msg tea.KeyPressMsg) tea.Cmd {
	p, ok := m.selected()
	if !ok {
		return nil
	}
	switch k := m.env.Keys; {
	case key.Matches(msg, k.Like):
		return actions.ToggleLike(m.env, p)
	case key.Matches(msg, k.Collect):
		return actions.ToggleCollect(m.env, p)
	}
	return nil
}

// selected is the post under the selection, if a post is selected.
func (m *Page) selected() (model.Post, bool) {
	i := m.sel.Row - 1
	if i < 0 || i >= m.posts.Len() {
		return model.Post{}, false
	}
	return m.posts.Post(i), true
}
