package search

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// The pointer on Search: a tap on the box puts the cursor in it, as / does;
// a tap on a result or a popular search opens or runs it, as enter does on
// it, from the input too (a phone's results are tapped while the keyboard
// is up). draw records the regions with the frame, so a kept frame keeps
// its regions.

// idInput is the search box's region; a row is hit.Item(item).
const idInput = "input"

// Regions is where the last frame can be clicked (hit.Clickable).
func (m *Tab) Regions() *hit.Regions { return &m.hits }

// click does what a key does on what id names; an id no longer drawn, or
// a tap while a result is being opened, does nothing.
func (m *Tab) click(id string) tea.Cmd {
	if m.opening {
		return nil
	}
	if id == idInput {
		if m.input.Focused() {
			return nil
		}
		return m.Focus()
	}
	i, ok := hit.ItemOf(id)
	items := m.items()
	if !ok || i >= len(items) {
		return nil
	}
	m.input.Blur()
	m.querySelected = false
	m.sel = i
	return m.settleThenActivate(items[i])
}
