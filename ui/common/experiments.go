package common

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
)

// EventLoggedMsg says a command appended events without changing the
// persona's state (a search, a tab switch, an exposure); the root uses it
// to refresh the observer panel.
type EventLoggedMsg struct{}

// SwitchPersonaMsg asks the root to act as another persona: the current
// session ends and a new one starts with the screens rebuilt.
type SwitchPersonaMsg struct {
	ID   model.PersonaID
	Name string
}

// Leaver is a screen that records something when it goes out of view: a
// page popped, replaced or closed by a tab switch, or a tab switched away
// from. The root calls Leave and runs the command.
type Leaver interface {
	Leave() tea.Cmd
}

// Record appends an event that changes no state (search, tab, open of the
// Life feed…) for the Env's actor, as of now.
func Record(env Env, kind model.EventKind, target string, src model.Source, detail string, value int64) tea.Cmd {
	st, e := env.Store, model.NewEvent(env.Actor(), kind, target, src, detail)
	e.Value = value
	return func() tea.Msg {
		if err := st.RecordEvent(e); err != nil {
			return StatusMsg{Err: err}
		}
		return EventLoggedMsg{}
	}
}

// Expose records, the first time only, that the persona's arm of
// experiment key changed what it sees. Nothing is recorded when the Env
// has no arm for key.
func Expose(env Env, key string) tea.Cmd {
	if env.Variant(key) == "" {
		return nil
	}
	st, a := env.Store, env.Actor()
	return func() tea.Msg {
		if _, err := st.Expose(a, key); err != nil {
			return StatusMsg{Err: err}
		}
		return EventLoggedMsg{}
	}
}

// Serial runs cmds one after another inside one command, for writes whose
// order in the log matters (tea.Sequence orders them too, but test drivers
// run a sequence's commands at once). It returns the first failure (a
// StatusMsg or ActionMsg with an error), else the last command's message;
// the other messages are dropped.
func Serial(cmds ...tea.Cmd) tea.Cmd {
	var live []tea.Cmd
	for _, c := range cmds {
		if c != nil {
			live = append(live, c)
		}
	}
	switch len(live) {
	case 0:
		return nil
	case 1:
		return live[0]
	}
	return func() tea.Msg {
		var last tea.Msg
		for _, c := range live {
			last = c()
			switch m := last.(type) {
			case StatusMsg:
				if m.Err != nil {
					return m
				}
			case ActionMsg:
				if m.Err != nil {
					return StatusMsg{Err: m.Err}
				}
			}
		}
		return last
	}
}
