package ui

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// The first frame shows one tab, so start-up loads that tab first and the
// others only once its load has answered: on two cores, five tabs' loads
// at once (Life ranks the newest posts of the world) beside app_start's
// fsync'd commit kept the tab in front waiting. The others are loaded
// right after, not on first switch, so a tab switch still finds its tab
// loaded; a switch to a tab that has not started yet starts it then.

// loadRestMsg asks for the loads of the tabs not started yet: the tab in
// front has had its answers.
type loadRestMsg struct{}

// loadTabs starts the tab in front, then (loadRestMsg) the rest.
func (a *App) loadTabs() tea.Cmd {
	return tea.Sequence(a.startTab(a.tab), screen.Send(loadRestMsg{}))
}

// startTab is tab t's Init the first time it is asked for; nil after.
func (a *App) startTab(t nav.Tab) tea.Cmd {
	if a.tabs[t] == nil || a.started[t] {
		return nil
	}
	a.started[t] = true
	return a.tabs[t].Init()
}

// loadRest starts every tab in the bar not started yet.
func (a *App) loadRest() tea.Cmd {
	var cmds []tea.Cmd
	for _, t := range a.slots() {
		cmds = append(cmds, a.startTab(t))
	}
	return tea.Batch(cmds...)
}
