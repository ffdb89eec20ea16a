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

// load reads the persona's collected posts with their accounts. The store
// keeps them in the order they were collected, so the newest is last; a
// post no longer in the world is left out.
func (m *List) load() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return loadedMsg{owner: owner, err: err}
		}
		names := map[model.AccountID]string{}
		items := make([]kept, 0, len(s.CollectedPosts))
		for _, id := range slices.Backward(s.CollectedPosts) {
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
