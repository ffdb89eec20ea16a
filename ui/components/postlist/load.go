package postlist

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// PageMsg is one page of a list's posts, with the accounts not yet known.
type PageMsg struct {
	Owner    screen.Owner
	Seq      int
	Posts    []model.Post
	Accounts map[model.AccountID]model.LifeAccount
	Next     store.Cursor
	Err      error
}

// RecountMsg carries fresh copies (new counts) of loaded posts.
type RecountMsg struct {
	Owner screen.Owner
	Seq   int
	Posts []model.Post
}

// load reads the page at cursor c, and the accounts of its posts that the
// list does not know yet.
func (l *List) load(c store.Cursor) tea.Cmd {
	st, q, n, owner, seq := l.env.Store, l.cfg.Query, l.cfg.PageSize, l.owner, l.seq
	var known map[model.AccountID]bool
	if l.cfg.Accounts {
		known = make(map[model.AccountID]bool, len(l.accounts))
		for id := range l.accounts {
			known[id] = true
		}
	}
	return func() tea.Msg {
		msg := PageMsg{Owner: owner, Seq: seq}
		page, err := q(st, c, n)
		if err != nil {
			msg.Err = err
			return msg
		}
		msg.Posts, msg.Next = page.Items, page.Next
		if known != nil {
			msg.Accounts, msg.Err = accountsOf(st, page.Items, known)
		}
		return msg
	}
}

// accountsOf reads the accounts of posts that are not already known. An
// account that no longer exists is left out (its cards show the id); any
// other error fails the page.
func accountsOf(st store.Store, posts []model.Post, known map[model.AccountID]bool) (map[model.AccountID]model.LifeAccount, error) {
	out := map[model.AccountID]model.LifeAccount{}
	for _, p := range posts {
		if known[p.AccountID] {
			continue
		}
		known[p.AccountID] = true
		a, err := st.Account(p.AccountID)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[p.AccountID] = a
	}
	return out, nil
}

// recount re-reads posts so their cards show current counts.
func (l *List) recount(ids []model.PostID) tea.Cmd {
	st, owner, seq := l.env.Store, l.owner, l.seq
	return func() tea.Msg {
		msg := RecountMsg{Owner: owner, Seq: seq}
		for _, id := range ids {
			p, err := st.Post(id)
			if err != nil {
				return screen.StatusMsg{Err: err}
			}
			msg.Posts = append(msg.Posts, p)
		}
		return msg
	}
}
