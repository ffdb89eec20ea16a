package life

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// handleKey: the forward picker takes every key while open; otherwise keys
// switch sub-feeds, move, open, or act on the selected card.
func (m *Feed) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.env.Keys
	if m.picker.IsOpen() {
		return m.pickerKey(msg)
	}
	f := &m.feeds[m.sub]
	if cmd, ok := f.sel.Scroll(msg, k, f.list, len(m.items(m.sub))); ok {
		return cmd
	}
	switch {
	case key.Matches(msg, k.Left):
		return m.switchSub(recommended)
	case key.Matches(msg, k.Right):
		return m.switchSub(following)
	case key.Matches(msg, k.Enter):
		return m.open()
	case key.Matches(msg, k.Follow):
		return m.follow()
	case key.Matches(msg, m.keys.newPost):
		return m.newPost()
	case key.Matches(msg, m.keys.myPage):
		return m.myPage()
	}
	p, ok := m.selectedPost()
	if !ok {
		return nil
	}
	switch {
	case key.Matches(msg, k.Like):
		return actions.ToggleLike(m.env, p)
	case key.Matches(msg, k.Collect):
		return actions.ToggleCollect(m.env, p)
	case key.Matches(msg, k.Forward):
		m.picker.Open()
	}
	return nil
}

// pickerKey drives the forward picker; enter forwards the selected post.
func (m *Feed) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	to, ok := m.picker.HandleKey(msg, m.env.Keys)
	if !ok {
		return nil
	}
	return m.forwardTo(to)
}

// forwardTo forwards the selected post to a picker's target.
func (m *Feed) forwardTo(to string) tea.Cmd {
	if p, selected := m.selectedPost(); selected {
		return actions.Forward(m.env, p, to)
	}
	return nil
}

// newPost opens the editor for a post of the persona's own.
func (m *Feed) newPost() tea.Cmd { return screen.Send(nav.OpenComposeMsg{}) }

func (m *Feed) switchSub(s sub) tea.Cmd {
	m.sub = s
	return m.maybeMore()
}

// open opens the selected post or suggested account, as seen from the feed.
func (m *Feed) open() tea.Cmd {
	it, ok := m.selected()
	switch {
	case !ok:
		return nil
	case it.kind == itemSuggestion:
		return screen.Send(nav.OpenAccountMsg{ID: m.suggested[it.index].ID, Source: model.SourceFeed})
	}
	return screen.Send(nav.OpenPostMsg{ID: m.feeds[m.sub].list.Post(it.index).ID, Source: model.SourceFeed})
}

// follow toggles following the suggested account, or the selected post's
// account.
func (m *Feed) follow() tea.Cmd {
	it, ok := m.selected()
	switch {
	case !ok:
		return nil
	case it.kind == itemSuggestion:
		a := m.suggested[it.index]
		return actions.ToggleFollow(m.env, a.ID, a.Name, model.SourceFeed)
	}
	l := m.feeds[m.sub].list
	p := l.Post(it.index)
	return actions.ToggleFollow(m.env, p.AccountID, l.Account(p.AccountID).Name, model.SourceFeed)
}

// myPage opens the persona's own creator page, which exists once it has
// published.
func (m *Feed) myPage() tea.Cmd {
	if m.ownPosts == 0 {
		return screen.Send(screen.StatusMsg{Text: "You haven't published yet — press n to write a post"})
	}
	return screen.Send(nav.OpenAccountMsg{ID: model.PersonaAccountID(m.env.Persona), Source: model.SourceFeed})
}
