package post

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// detail is everything the page draws, read in one command.
type detail struct {
	post     model.Post
	account  model.LifeAccount
	programs map[model.MiniProgramID]model.MiniProgram
	coupons  map[model.CouponID]model.Coupon
	groups   map[model.GroupID]model.Group
	comments []model.Comment
	names    map[model.PersonaID]string // comment authors
}

// loadedMsg is the post and its surroundings, with the persona's state.
type loadedMsg struct {
	owner  screen.Owner
	detail detail
	state  model.UserState
	err    error
}

// load reads the post (counts include every persona's actions), its
// account, what its components point at, its comments and the state.
func (m *Page) load() tea.Cmd {
	st, id, p, owner := m.env.Store, m.id, m.env.Persona, m.owner
	return func() tea.Msg {
		d, err := readDetail(st, id)
		if err != nil {
			return loadedMsg{owner: owner, err: err}
		}
		s, err := st.State(p)
		return loadedMsg{owner: owner, detail: d, state: s, err: err}
	}
}

func readDetail(st store.Store, id model.PostID) (detail, error) {
	d := detail{
		programs: map[model.MiniProgramID]model.MiniProgram{},
		coupons:  map[model.CouponID]model.Coupon{},
		groups:   map[model.GroupID]model.Group{},
		names:    map[model.PersonaID]string{},
	}
	var err error
	if d.post, err = st.Post(id); err != nil {
		return d, err
	}
	if d.account, err = st.Account(d.post.AccountID); err != nil {
		return d, err
	}
	if err = readComponents(st, &d); err != nil {
		return d, err
	}
	if d.comments, err = st.Comments(id); err != nil {
		return d, err
	}
	for _, c := range d.comments {
		if _, ok := d.names[c.Persona]; ok {
			continue
		}
		if p, err := st.Persona(c.Persona); err == nil {
			d.names[c.Persona] = p.Name
		}
	}
	return d, nil
}

// readComponents reads what each component points at. A dangling
// reference leaves its component drawn from its own label rather than
// failing the whole page.
func readComponents(st store.Store, d *detail) error {
	program := func(id model.MiniProgramID) error {
		if _, ok := d.programs[id]; ok || id == "" {
			return nil
		}
		mp, err := st.MiniProgram(id)
		if err == nil {
			d.programs[id] = mp
		}
		return err
	}
	for _, c := range d.post.Components {
		var err error
		switch c.Kind {
		case model.ComponentService:
			err = program(c.MiniProgramID)
		case model.ComponentCoupon:
			var cp model.Coupon
			if cp, err = st.Coupon(c.CouponID); err == nil {
				d.coupons[c.CouponID] = cp
				err = program(cp.MiniProgramID)
			}
		case model.ComponentGroup:
			var g model.Group
			if g, err = st.Group(c.GroupID); err == nil {
				d.groups[c.GroupID] = g
			}
		}
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	return nil
}

// recordOpen appends the open_post event with where it was opened from.
func (m *Page) recordOpen() tea.Cmd {
	st, a, id, src := m.env.Store, m.env.Actor(), m.id, m.source
	return func() tea.Msg {
		if err := st.OpenedPost(a, id, src); err != nil {
			return screen.StatusMsg{Err: err}
		}
		return nil
	}
}
