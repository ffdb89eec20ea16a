package group

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// loadedMsg is the group (members include every persona's joins) and the
// persona's state.
type loadedMsg struct {
	owner screen.Owner
	group model.Group
	state model.UserState
	err   error
}

// postsMsg is one page of the group's posts with their accounts.
type postsMsg struct {
	owner    screen.Owner
	posts    []model.Post
	accounts map[model.AccountID]model.LifeAccount
	next     store.Cursor
	err      error
}

func (m *Page) load() tea.Cmd {
	st, id, p, owner := m.env.Store, m.id, m.env.Persona, m.owner
	return func() tea.Msg {
		g, err := st.Group(id)
		if err != nil {
			return loadedMsg{owner: owner, err: err}
		}
		s, err := st.State(p)
		return loadedMsg{owner: owner, group: g, state: s, err: err}
	}
}

// loadPosts reads a page of the group's posts and the accounts not yet
// known. An account that cannot be read leaves its cards showing the id.
func (m *Page) loadPosts(c store.Cursor) tea.Cmd {
	st, id, owner := m.env.Store, m.id, m.owner
	known := make(map[model.AccountID]bool, len(m.accounts))
	for a := range m.accounts {
		known[a] = true
	}
	return func() tea.Msg {
		page, err := st.GroupPosts(id, c, pageSize)
		msg := postsMsg{owner: owner, posts: page.Items, next: page.Next, err: err,
			accounts: map[model.AccountID]model.LifeAccount{}}
		for _, p := range page.Items {
			if known[p.AccountID] {
				continue
			}
			if a, err := st.Account(p.AccountID); err == nil {
				msg.accounts[a.ID] = a
				known[a.ID] = true
			}
		}
		return msg
	}
}

// recordOpen appends the open_group event with where it was opened from.
func (m *Page) recordOpen() tea.Cmd {
	st, a, id, src := m.env.Store, m.env.Actor(), m.id, m.source
	return func() tea.Msg {
		if err := st.OpenedGroup(a, id, src); err != nil {
			return screen.StatusMsg{Err: err}
		}
		return nil
	}
}
