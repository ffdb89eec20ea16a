package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// A room (`lifesim serve`) runs one App per participant in one process.
// The server ends a session from outside, for idleness, shutdown or a
// dropped connection, with StopMsg: the app leaves as if the persona had
// quit, so the open pages and app_stop are recorded, then the program
// ends. A participant (Options.Participant) acts only as their own
// persona: the presenter's keys are off for them (presenterOnly), and
// their observer panel shows only their own session.

// StopMsg asks the app to end the session the way quitting does, with
// Detail on its app_stop event ("idle", "shutdown", "disconnect").
type StopMsg struct{ Detail string }

// Quitting reports whether the session is ending: q, ctrl+c or a StopMsg
// has started the quit, and app_stop is on its way. The server turns a
// dropped connection into StopMsg only until then, so app_stop is written
// once.
func (a *App) Quitting() bool { return a.quitting }

// presenterOnly runs a presenter's key, what names what it does
// ("Switching persona"): for a participant it only says, on the status
// line, that this is off in a room. T (time travel, travel.go) goes
// through here too, and so will the merchant console.
func (a *App) presenterOnly(what string, run func() tea.Cmd) func() tea.Cmd {
	return func() tea.Cmd {
		if a.participant {
			return screen.Send(screen.StatusMsg{Text: what + " is off in a room"})
		}
		return run()
	}
}

// experimentKeys are the root's experiment keys for the full help: a
// participant's leaves out the persona switch and time travel, which are
// off for them; an app with no clock to move leaves out time travel.
func (a *App) experimentKeys() []key.Binding {
	k := a.env.Keys
	if a.participant {
		return []key.Binding{k.Variants, k.Observer}
	}
	if a.travel.move == nil {
		return []key.Binding{k.Persona, k.Variants, k.Observer}
	}
	return []key.Binding{k.Persona, k.Travel, k.Variants, k.Observer}
}

// offInRoom reports whether msg is navigation a participant may not take
// whoever sends it: the persona picker and a persona switch.
func (a *App) offInRoom(msg nav.Msg) bool {
	if !a.participant {
		return false
	}
	switch msg.(type) {
	case nav.OpenPersonaPickerMsg, nav.SwitchPersonaMsg:
		return true
	}
	return false
}
