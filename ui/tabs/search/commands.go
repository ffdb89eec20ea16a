package search

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// resultsMsg answers the search with sequence number seq.
type resultsMsg struct {
	owner   screen.Owner
	seq     int
	query   string
	results []model.SearchResult
	err     error
}

// runSearch asks the store for query.
func runSearch(st store.Store, query string, seq int, o screen.Owner) tea.Cmd {
	return func() tea.Msg {
		rs, err := st.Search(query, model.SearchPerKind)
		return resultsMsg{owner: o, seq: seq, query: query, results: rs, err: err}
	}
}

// openResult is the navigation message that opens r.
func openResult(r model.SearchResult) tea.Cmd {
	switch r.Kind {
	case model.ResultMiniProgram:
		return screen.Send(nav.OpenMiniProgramMsg{ID: model.MiniProgramID(r.ID), Source: model.SourceSearch})
	case model.ResultAccount:
		return screen.Send(nav.OpenAccountMsg{ID: model.AccountID(r.ID), Source: model.SourceSearch})
	case model.ResultPost:
		return screen.Send(nav.OpenPostMsg{ID: model.PostID(r.ID), Source: model.SourceSearch})
	}
	return nil
}
