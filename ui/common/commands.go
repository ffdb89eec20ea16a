package common

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
)

// Cmd wraps a message as a command.
func Cmd(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// LoadState reads the persona's state and returns a StateMsg (or a
// StatusMsg with the error).
func LoadState(env Env) tea.Cmd {
	st, p := env.Store, env.Persona
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return StatusMsg{Err: err}
		}
		return StateMsg{State: s}
	}
}

// Act runs a store write in a command, then reads the fresh state, and
// reports both as an ActionMsg. do returns the status line to show on
// success. The write has committed before the message exists, so the screen
// only shows an action as done once it is on disk.
func Act(env Env, do func(s store.Store, a model.Actor) (string, error)) tea.Cmd {
	st, a := env.Store, env.Actor()
	return func() tea.Msg {
		status, err := do(st, a)
		if err != nil {
			return ActionMsg{Err: err}
		}
		s, err := st.State(a.Persona)
		if err != nil {
			return ActionMsg{Status: status, Err: err}
		}
		return ActionMsg{Status: status, State: &s}
	}
}
