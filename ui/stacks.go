package ui

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// Every tab keeps its own page stack, as the tabs of a phone app do: a
// tab key, tab/shift+tab or a SwitchTabMsg swaps the active tab's pages
// out and the new tab's in, so coming back shows the page left on top.
// Nothing is closed by switching, so nothing a page holds (an order being
// confirmed, a half-read post) is lost. The one exception is a new search
// ("/" or Home's search box): it closes the pages pushed over Search, as
// starting a search over does on a phone.

// slots is the bar's tabs from left to right: the number keys follow
// them. Under life_entry=messages there is no Life slot.
func (a *App) slots() []nav.Tab {
	out := make([]nav.Tab, 0, nav.NumTabs)
	for t := range nav.NumTabs {
		if a.tabs[t] != nil {
			out = append(out, t)
		}
	}
	return out
}

func (a *App) showTab(t nav.Tab, newSearch bool) func() tea.Cmd {
	return func() tea.Cmd { return a.switchTab(t, newSearch) }
}

// stepTab moves by n visible slots, wrapping around.
func (a *App) stepTab(n int) func() tea.Cmd {
	return func() tea.Cmd {
		slots := a.slots()
		i := 0
		for j, t := range slots {
			if t == a.tab {
				i = j
			}
		}
		return a.switchTab(slots[(i+n+len(slots))%len(slots)], false)
	}
}

// switchTab shows tab t with its own stack. What the page and tab going
// out of view record, and the tab switch, are logged. newSearch starts a
// new search (see enterSearch). A tab not in this arm's bar is ignored.
func (a *App) switchTab(t nav.Tab, newSearch bool) tea.Cmd {
	if t < 0 || t >= nav.NumTabs || a.tabs[t] == nil {
		return nil
	}
	var cmds []tea.Cmd
	if from := a.tab; from != t {
		cmds = append(cmds, a.leaveTab())
		a.parked[from], a.stack, a.parked[t] = a.stack, a.parked[t], nil
		a.tab = t
		wasStarted := a.started[t]
		cmds = append(cmds, a.startTab(t), a.onTabSwitch(from))
		// A tab started earlier reads again what others may have changed
		// while it was out of view; a new one has just read it in Init.
		if e, ok := a.tabs[t].(screen.Enterer); ok && wasStarted {
			cmds = append(cmds, e.Enter())
		}
	}
	if t == nav.TabSearch {
		cmds = append(cmds, a.enterSearch(newSearch))
	}
	return tea.Batch(cmds...)
}

// leaveTab is what the active tab's top page, and the tab itself, record
// as they go out of view. The pages stay on the tab's stack.
func (a *App) leaveTab() tea.Cmd {
	var going []screen.Screen
	if n := len(a.stack); n > 0 {
		going = append(going, a.stack[n-1])
	}
	return tea.Batch(leaving(append(going, a.tabs[a.tab])...)...)
}

// enterSearch puts the cursor in Search's input whenever Search's own
// page is in front, as tapping Search does on a phone, so letters typed on
// arrival go into the box (and q types a q). A new search first closes
// the pages pushed over Search.
func (a *App) enterSearch(newSearch bool) tea.Cmd {
	var drop tea.Cmd
	if newSearch {
		drop = a.dropPages(0)
	}
	f, ok := a.tabs[nav.TabSearch].(screen.Focuser)
	if !ok || len(a.stack) > 0 {
		return drop
	}
	return tea.Batch(drop, f.Focus())
}

// allPagesTopFirst is every tab's pages, the active tab's first, each
// stack top first: what closes when the app quits or the persona changes.
func (a *App) allPagesTopFirst() []screen.Screen {
	out := a.stackTopFirst()
	for t := range a.parked {
		for j := len(a.parked[t]) - 1; j >= 0; j-- {
			out = append(out, a.parked[t][j])
		}
	}
	return out
}
