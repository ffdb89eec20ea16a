package search

import tea "charm.land/bubbletea/v2"

// The old query is selected when Search is entered (Focus), as a phone
// selects a search box's text when it is tapped: the first key decides.
// A printable key or a paste replaces the query, backspace clears it, and
// any other key (arrows, enter, esc) keeps it and ends the selection.

// replaceSelection empties the input if the old query is selected. The
// caller gives the input the key or paste that replaced it, which
// searches (edit).
func (m *Tab) replaceSelection() {
	if m.querySelected {
		m.querySelected = false
		m.input.SetValue("")
	}
}

// setQuery puts v in the input (ctrl+u: "") and searches again if that
// changed it.
func (m *Tab) setQuery(v string) tea.Cmd {
	m.querySelected = false
	if m.input.Value() == v {
		return nil
	}
	m.input.SetValue(v)
	return tea.Batch(m.settleIfRead(), m.search())
}
