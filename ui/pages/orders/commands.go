package orders

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

// loadedMsg is the persona's orders with their mini programs, oldest
// first as the store keeps them.
type loadedMsg struct {
	owner  screen.Owner
	orders []model.Order
	// programs are the orders' mini programs that still exist.
	programs map[model.MiniProgramID]model.MiniProgram
	err      error
}

// load reads the persona's orders and, in one read, their mini programs.
func (m *List) load() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return loadedMsg{owner: owner, err: err}
		}
		ids := make([]model.MiniProgramID, 0, len(s.Orders))
		for _, o := range s.Orders {
			ids = append(ids, o.MiniProgramID)
		}
		mps, err := st.MiniPrograms(ids)
		if err != nil {
			return loadedMsg{owner: owner, err: err}
		}
		programs := make(map[model.MiniProgramID]model.MiniProgram, len(mps))
		for _, mp := range mps {
			programs[mp.ID] = mp
		}
		return loadedMsg{owner: owner, orders: s.Orders, programs: programs}
	}
}
