package persona

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

// loadedMsg is the personas and the operators: the life accounts that
// have a merchant, whose console the picker opens. A failure to read the
// operators leaves the personas usable (opErr).
type loadedMsg struct {
	owner     screen.Owner
	personas  []model.Persona
	operators []model.LifeAccount
	err       error
	opErr     error
}

func loadPersonas(env screen.Env, owner screen.Owner) tea.Cmd {
	st := env.Store
	return func() tea.Msg {
		ps, err := st.Personas()
		if err != nil {
			return loadedMsg{owner: owner, err: err}
		}
		ops, opErr := st.Operators()
		return loadedMsg{owner: owner, personas: ps, operators: ops, opErr: opErr}
	}
}
