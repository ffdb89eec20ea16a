package life

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

// suggestionsMsg is the "Accounts you may be interested in" row.
type suggestionsMsg struct {
	owner    screen.Owner
	accounts []model.LifeAccount
}

// stateLoadedMsg is the persona's state read at start, so the tab draws its
// marks even before the root's first StateMsg.
type stateLoadedMsg struct {
	owner screen.Owner
	state model.UserState
}

// loadSuggestions reads the suggestions row.
func (m *Feed) loadSuggestions() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	return func() tea.Msg {
		as, err := st.SuggestedAccounts(p, suggestLimit)
		if err != nil {
			return screen.StatusMsg{Err: fmt.Errorf("accounts you may be interested in: %w", err)}
		}
		return suggestionsMsg{owner: owner, accounts: as}
	}
}

// loadState reads the persona's state.
func (m *Feed) loadState() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return screen.StatusMsg{Err: err}
		}
		return stateLoadedMsg{owner: owner, state: s}
	}
}
