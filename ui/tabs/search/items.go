package search

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
)

// popular are the searches offered while the query is empty: the
// article's own examples, so a demo's first keystrokes are obvious.
func popular() []suggestion {
	return []suggestion{
		{"🥛", "New Hope"},
		{"🍗", "KFC"},
		{"🏢", "Citizen Center"},
		{"🚗", "Car rental"},
		{"🦞", "小龙虾"},
	}
}

// suggestion is one popular search.
type suggestion struct{ icon, text string }

// item is one selectable row: a result, or a popular search.
type item struct {
	result  model.SearchResult
	popular string
}

func (it item) isMiniProgram() bool {
	return it.popular == "" && it.result.Kind == model.ResultMiniProgram
}
func (it item) isAccount() bool { return it.popular == "" && it.result.Kind == model.ResultAccount }

// items is what the selection moves over, in display order.
func (m *Tab) items() []item {
	if m.empty() {
		ps := popular()
		out := make([]item, len(ps))
		for i, p := range ps {
			out[i] = item{popular: p.text}
		}
		return out
	}
	var out []item
	for _, k := range model.ResultKinds {
		for _, r := range m.results {
			if r.Kind == k {
				out = append(out, item{result: r})
			}
		}
	}
	return out
}

// typing handles a key while the input has focus.
func (m *Tab) typing(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.clear):
		return m.setQuery("")
	case m.querySelected && key.Matches(msg, m.keys.erase):
		return m.setQuery("") // backspace deletes the selection, no more
	case m.querySelected && msg.Text != "":
		m.replaceSelection() // and the key is typed into the empty input
	}
	m.querySelected = false
	switch {
	case key.Matches(msg, m.keys.leave):
		m.input.Blur()
		m.sel = 0
		return m.settle()
	case key.Matches(msg, m.keys.submit):
		items := m.items()
		if len(items) == 0 || m.empty() {
			return nil // popular searches are picked from the list, not by enter
		}
		m.input.Blur()
		m.sel = 0
		return m.settleThenActivate(items[0])
	}
	return m.edit(msg)
}

// browsing handles a key while the selection is in the list.
func (m *Tab) browsing(msg tea.KeyPressMsg) tea.Cmd {
	k := m.env.Keys
	items := m.items()
	m.sel = min(max(m.sel, 0), max(len(items)-1, 0))
	switch {
	case key.Matches(msg, k.Up):
		if m.sel == 0 {
			return m.focusInput()
		}
		m.sel--
	case key.Matches(msg, k.Down):
		m.sel = min(m.sel+1, max(len(items)-1, 0))
	case key.Matches(msg, k.Slash):
		return m.Focus()
	case key.Matches(msg, m.keys.erase):
		// editing the query from the results: back into the input
		return tea.Batch(m.focusInput(), m.edit(msg))
	case len(items) == 0:
	case key.Matches(msg, k.Enter):
		return m.settleThenActivate(items[m.sel])
	case key.Matches(msg, k.Collect) && items[m.sel].isMiniProgram():
		return tea.Sequence(m.settle(), actions.ToggleFavourite(m.env, model.MiniProgramID(items[m.sel].result.ID), items[m.sel].result.Title, model.SourceSearch))
	case key.Matches(msg, k.Follow) && items[m.sel].isAccount():
		return tea.Sequence(m.settle(), actions.ToggleFollow(m.env, model.AccountID(items[m.sel].result.ID), items[m.sel].result.Title, model.SourceSearch))
	}
	return nil
}

// activate opens a result, or runs a popular search.
func (m *Tab) activate(it item) tea.Cmd {
	if it.popular == "" {
		return openResult(it.result)
	}
	m.input.SetValue(it.popular)
	m.input.CursorEnd()
	return m.search()
}
