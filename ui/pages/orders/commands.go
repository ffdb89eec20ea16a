package orders

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

// loadedMsg is the persona's state, read when the page opens; later
// states arrive as screen.StateMsg.
type loadedMsg struct {
	owner screen.Owner
	state model.UserState
	err   error
}

// load reads the persona's state.
func (m *List) load() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	return func() tea.Msg {
		s, err := st.State(p)
		return loadedMsg{owner: owner, state: s, err: err}
	}
}
