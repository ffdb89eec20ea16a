package persona

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

type loadedMsg struct {
	owner    screen.Owner
	personas []model.Persona
	err      error
}

func loadPersonas(env screen.Env, owner screen.Owner) tea.Cmd {
	st := env.Store
	return func() tea.Msg {
		ps, err := st.Personas()
		return loadedMsg{owner: owner, personas: ps, err: err}
	}
}
