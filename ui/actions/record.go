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
