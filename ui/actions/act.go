package actions

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// LoadState reads the persona's state and returns a StateMsg (or a
// StatusMsg with the error).
func LoadState(env screen.Env) tea.Cmd {
	st, p := env.Store, env.Persona
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return screen.StatusMsg{Err: err}
		}
		return screen.StateMsg{State: s}
	}
}

// Act runs a store write in a command, then reads the fresh state, and
// reports both as an ActionMsg. do returns the status line to show on
// success. The write has committed before the message exists, so the screen
// only shows an action as done once it is on disk.
func Act(env screen.Env, do func(s store.Store, a model.Actor) (string, error)) tea.Cmd {
	st, a := env.Store, env.Actor()
	return func() tea.Msg {
		status, err := do(st, a)
		if err != nil {
			return screen.ActionMsg{Err: err}
		}
		s, err := st.State(a.Persona)
		if err != nil {
			return screen.ActionMsg{Status: status, Err: err}
		}
		return screen.ActionMsg{Status: status, State: &s}
	}
}
