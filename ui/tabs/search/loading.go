package search

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/screen"
)

// recordedMsg says the search was recorded and the result's page is
// being opened.
type recordedMsg struct{}

// settleThenActivate records the results on screen, then opens it. The
// record is a store write, so the page opens a few milliseconds after
// enter; until then the tab reports Loading, and the root holds keys
// typed meanwhile for the page, in order (enter then s collects).
func (m *Tab) settleThenActivate(it item) tea.Cmd {
	record := m.settle()
	if record == nil || it.popular != "" {
		return tea.Sequence(record, m.activate(it))
	}
	m.opening = true
	return tea.Sequence(record, screen.Send(recordedMsg{}), m.activate(it))
}

// Loading reports whether a result is on its way to being opened.
func (m *Tab) Loading() bool { return m.opening }
