package ui

import tea "charm.land/bubbletea/v2"

// holdTypeAhead keeps msg for later when the focused page is still
// loading; it reports whether it did.
func (a *App) holdTypeAhead(msg tea.KeyPressMsg) bool {
	return false
}

// replayTypeAhead applies the held keys once the page has loaded.
func (a *App) replayTypeAhead() tea.Cmd {
	return nil
}
