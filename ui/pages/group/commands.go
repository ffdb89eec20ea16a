package group

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
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
