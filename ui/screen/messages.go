package screen

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
)

// Send wraps a message as a command: how a screen asks the root for
// something (a nav message, a notice).
func Send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// Notice is the command that shows text as a one-line notice.
func Notice(text string) tea.Cmd { return Send(StatusMsg{Text: text}) }

// StatusMsg shows a one-line notice; Err makes it an error.
type StatusMsg struct {
	Text string
	Err  error
}

// StateMsg carries the persona's fresh state after any change; the root
// broadcasts it to every screen so grids, buttons and badges agree.
type StateMsg struct {
	State model.UserState
}

// ActionMsg is the result of a user action committed by a command: the
// root shows Status (or Err), and broadcasts State when it is set.
type ActionMsg struct {
	Status string
	Err    error
	State  *model.UserState
}

// EventLoggedMsg says a command appended events without changing the
// persona's state (a search, a tab switch, an exposure); the root uses it
// to refresh the observer panel.
type EventLoggedMsg struct{}
