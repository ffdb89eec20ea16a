package screen

import tea "charm.land/bubbletea/v2"

// Enterer is a tab that reads something again each time it comes back
// into view, because others can change it meanwhile (the Messages tab's
// inbox: a merchant's console, in this process or another session of the
// room, may have sent a message). The root calls Enter when the persona
// switches to the tab, and runs the command.
type Enterer interface {
	Enter() tea.Cmd
}
