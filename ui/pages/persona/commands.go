package persona

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/common"
)

type loadedMsg struct {
	owner    common.Owner
	personas []model.Persona
	err      error
}

func loadPersonas(env common.Env, owner common.Owner) tea.Cmd {
	st := env.Store
	return func() tea.Msg {
		ps, err := st.Personas()
		return loadedMsg{owner: owner, personas: ps, err: err}
	}
}
