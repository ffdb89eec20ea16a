package collected

import (
	"errors"
	"slices"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// loadedMsg is the collected posts, most recently collected first.
type loadedMsg struct {
	owner screen.Owner
	items []kept
	err   error
}

// load reads the persona's state, then its collected posts (loadPosts).
func (m *List) load() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return loadedMsg{owner: owner, err: err}
		}
		return readPosts(st, owner, s.CollectedPosts)
	}
}

// loadPosts reads the posts a fresh state says are collected, with their
// accounts (their counts may have moved, so they are read again).
func (m *List) loadPosts(s model.UserState) tea.Cmd {
	st, owner, ids := m.env.Store, m.owner, s.CollectedPosts
	return func() tea.Msg { return readPosts(st, owner, ids) }
}

// readPosts reads the posts of ids and their accounts' names. The store
// keeps them in the order they were collected, so the newest is last; a
// post no longer in the world is left out.
func readPosts(st store.Store, owner screen.Owner, ids []model.PostID) loadedMsg {
	names := map[model.AccountID]string{}
	items := make([]kept, 0, len(ids))
	for _, id := range slices.Backward(ids) {
		post, err := st.Post(id)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return loadedMsg{owner: owner, err: err}
		}
		items = append(items, kept{post: post, account: accountName(st, post.AccountID, names)})
	}
	return loadedMsg{owner: owner, items: items}
}

// accountName is the account's name, read once per account; its id when
// the account is gone.
func accountName(st store.Store, id model.AccountID, names map[model.AccountID]string) string {
	if n, ok := names[id]; ok {
		return n
	}
	n := string(id)
	if a, err := st.Account(id); err == nil {
		n = a.Name
	}
	names[id] = n
	return n
}
