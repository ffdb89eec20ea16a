package common

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
)

// Tab identifies one of the bottom tabs.
type Tab int

const (
	TabHome Tab = iota
	TabLife
	TabSearch
	TabMine
	NumTabs
)

// Name is the tab's label in the tab bar.
func (t Tab) Name() string {
	return [...]string{"Home", "Life", "Search", "My Mini Programs"}[t]
}

// Navigation messages: a screen returns one (via a command) and the root acts.

// OpenMiniProgramMsg opens a mini program page, optionally at one service.
type OpenMiniProgramMsg struct {
	ID        model.MiniProgramID
	ServiceID string
	Source    model.Source
}

// OpenAccountMsg opens a Life Account page.
type OpenAccountMsg struct {
	ID     model.AccountID
	Source model.Source
}

// OpenPostMsg opens a post's detail page.
type OpenPostMsg struct {
	ID     model.PostID
	Source model.Source
}

// PushMsg pushes an already-built page (e.g. the order confirmation).
type PushMsg struct{ Page Screen }

// ReplaceMsg replaces the top page (e.g. confirm → payment success).
type ReplaceMsg struct{ Page Screen }

// BackMsg pops the top page.
type BackMsg struct{}

// SwitchTabMsg switches to a tab, closing any pushed pages.
type SwitchTabMsg struct {
	Tab Tab
	// FocusInput asks the Search tab to focus its input (the "/" key and
	// Home's search box).
	FocusInput bool
}

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

// Focuser is a screen with a text input that the root can focus (Search,
// when "/" is pressed or Home's search box is opened).
type Focuser interface {
	Focus() tea.Cmd
}
