package life

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// feedLoadedMsg is one page of a sub-feed, with the accounts of its posts.
type feedLoadedMsg struct {
	owner    screen.Owner
	feed     sub
	seq      int
	posts    []model.Post
	accounts map[model.AccountID]model.LifeAccount
	next     store.Cursor
	err      error
}

// suggestionsMsg is the "Accounts you may be interested in" row.
type suggestionsMsg struct {
	owner    screen.Owner
	accounts []model.LifeAccount
}

// stateLoadedMsg is the persona's state read at start, so the tab draws its
// marks even before the root's first StateMsg.
type stateLoadedMsg struct {
	owner screen.Owner
	state model.UserState
}

// postsRefreshedMsg carries fresh copies (new counts) of posts the persona
// acted on.
type postsRefreshedMsg struct {
	owner screen.Owner
	posts []model.Post
}

// loadFeed reads one page of sub-feed s from cursor c.
func (m *Feed) loadFeed(s sub, c store.Cursor) tea.Cmd {
	st, p, owner, seq := m.env.Store, m.env.Persona, m.owner, m.feeds[s].seq
	chrono := m.env.Variants.FeedNewestFirst()
	known := make(map[model.AccountID]bool, len(m.accounts))
	for id := range m.accounts {
		known[id] = true
	}
	return func() tea.Msg {
		read := st.Recommended
		if chrono {
			read = st.Latest // feed_ranking=chronological: Recommended newest first
		}
		if s == following {
			read = st.Following
		}
		msg := feedLoadedMsg{owner: owner, feed: s, seq: seq}
		page, err := read(p, c, pageSize)
		if err != nil {
			msg.err = err
			return msg
		}
		msg.posts, msg.next = page.Items, page.Next
		msg.accounts, msg.err = accountsOf(st, page.Items, known)
		return msg
	}
}

// accountsOf reads the accounts of posts that are not already known.
func accountsOf(st store.Store, posts []model.Post, known map[model.AccountID]bool) (map[model.AccountID]model.LifeAccount, error) {
	out := map[model.AccountID]model.LifeAccount{}
	for _, p := range posts {
		if known[p.AccountID] {
			continue
		}
		if _, ok := out[p.AccountID]; ok {
			continue
		}
		a, err := st.Account(p.AccountID)
		if err != nil {
			return nil, err
		}
		out[p.AccountID] = a
	}
	return out, nil
}

// loadSuggestions reads the suggestions row.
func (m *Feed) loadSuggestions() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	return func() tea.Msg {
		as, err := st.SuggestedAccounts(p, suggestLimit)
		if err != nil {
			return screen.StatusMsg{Err: fmt.Errorf("accounts you may be interested in: %w", err)}
		}
		return suggestionsMsg{owner: owner, accounts: as}
	}
}

// loadState reads the persona's state.
func (m *Feed) loadState() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return screen.StatusMsg{Err: err}
		}
		return stateLoadedMsg{owner: owner, state: s}
	}
}

// refreshPosts re-reads posts so their cards show current counts.
func (m *Feed) refreshPosts(ids []model.PostID) tea.Cmd {
	st, owner := m.env.Store, m.owner
	return func() tea.Msg {
		msg := postsRefreshedMsg{owner: owner}
		for _, id := range ids {
			p, err := st.Post(id)
			if err != nil {
				return screen.StatusMsg{Err: err}
			}
			msg.posts = append(msg.posts, p)
		}
		return msg
	}
}
