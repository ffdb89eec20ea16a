package account

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// loadedMsg is the profile: the account, its coupon window, linked mini
// programs and topic groups, and the persona's state.
type loadedMsg struct {
	owner    screen.Owner
	account  model.LifeAccount
	coupons  []model.Coupon
	programs []model.MiniProgram
	groups   []model.Group
	state    model.UserState
	err      error
}

// groupScan is how many of the account's newest posts are read for the
// topic groups they link.
const groupScan = 20

// load reads the profile. A coupon in the window that no longer exists is
// left out rather than failing the page.
func (m *Page) load() tea.Cmd {
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
		if msg.groups, err = linkedGroups(st, id); err != nil {
			msg.err = err
			return msg
		}
		msg.state, msg.err = st.State(p)
		return msg
	}
}

// linkedGroups is the topic groups the account's newest posts link with a
// group component, in the order first linked. Groups that no longer exist
// are left out.
func linkedGroups(st store.Store, id model.AccountID) ([]model.Group, error) {
	page, err := st.AccountPosts(id, "", groupScan)
	if err != nil {
		return nil, err
	}
	var out []model.Group
	seen := map[model.GroupID]bool{}
	for _, p := range page.Items {
		for _, gid := range model.PostGroups(p, nil) {
			if seen[gid] {
				continue
			}
			seen[gid] = true
			g, err := st.Group(gid)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				return nil, err
			}
			out = append(out, g)
		}
	}
	return out, nil
}

// recordOpen appends the open_account event with where it was opened from.
func (m *Page) recordOpen() tea.Cmd {
	st, a, id, src := m.env.Store, m.env.Actor(), m.id, m.source
	return func() tea.Msg {
		if err := st.OpenedAccount(a, id, src); err != nil {
			return screen.StatusMsg{Err: err}
		}
		return nil
	}
}
