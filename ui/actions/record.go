package actions

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

// Record appends an event that changes no state (search, tab, open of the
// Life feed…) for the Env's actor, as of now.
func Record(env screen.Env, kind model.EventKind, target string, src model.Source, detail string, value int64) tea.Cmd {
	st, e := env.Store, model.NewEvent(env.Actor(), kind, target, src, detail)
	e.Value = value
	return func() tea.Msg {
		if err := st.RecordEvent(e); err != nil {
			return screen.StatusMsg{Err: err}
		}
		return screen.EventLoggedMsg{}
	}
}

// Expose records, the first time only, that the persona's arm of
// experiment key changed what it sees. Nothing is recorded when the Env
// has no arm for key.
func Expose(env screen.Env, key string) tea.Cmd {
	if env.Variant(key) == "" {
		return nil
	}
	st, a := env.Store, env.Actor()
	return func() tea.Msg {
		if _, err := st.Expose(a, key); err != nil {
			return screen.StatusMsg{Err: err}
		}
		return screen.EventLoggedMsg{}
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
			case screen.StatusMsg:
				if m.Err != nil {
					return m
				}
			case screen.ActionMsg:
				if m.Err != nil {
					return screen.StatusMsg{Err: m.Err}
				}
			}
		}
		return last
	}
}
