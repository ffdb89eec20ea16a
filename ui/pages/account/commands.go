package account

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/common"
)

// loadedMsg is the profile: the account, its coupon window and linked mini
// programs, and the persona's state.
type loadedMsg struct {
	owner    common.Owner
	account  model.LifeAccount
	coupons  []model.Coupon
	programs []model.MiniProgram
	state    model.UserState
	err      error
}

// postsMsg is one page of the account's posts.
type postsMsg struct {
	owner common.Owner
	posts []model.Post
	next  store.Cursor
	err   error
}

// load reads the profile. A coupon in the window that no longer exists is
// left out rather than failing the page.
func (m *Model) load() tea.Cmd {
	st, id, p, owner := m.env.Store, m.id, m.env.Persona, m.owner
	return func() tea.Msg {
		msg := loadedMsg{owner: owner}
		a, err := st.Account(id)
		if err != nil {
			msg.err = err
			return msg
		}
		msg.account = a
		for _, cid := range a.CouponWindow {
			c, err := st.Coupon(cid)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				msg.err = err
				return msg
			}
			msg.coupons = append(msg.coupons, c)
		}
		if msg.programs, err = st.MiniPrograms(a.MiniPrograms); err != nil {
			msg.err = err
			return msg
		}
		msg.state, msg.err = st.State(p)
		return msg
	}
}

// loadPosts reads a page of the account's posts, newest first.
func (m *Model) loadPosts(c store.Cursor) tea.Cmd {
	st, id, owner := m.env.Store, m.id, m.owner
	return func() tea.Msg {
		page, err := st.AccountPosts(id, c, pageSize)
		return postsMsg{owner: owner, posts: page.Items, next: page.Next, err: err}
	}
}

// recordOpen appends the open_account event with where it was opened from.
func (m *Model) recordOpen() tea.Cmd {
	st, a, id, src := m.env.Store, m.env.Actor(), m.id, m.source
	return func() tea.Msg {
		if err := st.OpenedAccount(a, id, src); err != nil {
			return common.StatusMsg{Err: err}
		}
		return nil
	}
}
