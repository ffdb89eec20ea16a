package search

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
)

// A search is recorded once per settled query, not per keystroke. The
// results on screen are recorded (the query as Detail, the number of
// results shown as Value) when the persona acts on them — leaves the input
// (↓, esc, enter), opens, collects or follows a result, or switches tab —
// or when it types on after they have been on screen for settleAfter of
// the simulated clock (a pause to read them). An empty query is never
// recorded, and the same results are recorded at most once. With the
// search, each merchant's life account behind a result (a mini program's
// bound account, an account, a post's author) gets an impression at
// search, once per session (impressions.go).

// settleAfter is how long results must stay on screen, unchanged, before
// typing on counts them as read.
const settleAfter = time.Second

// settle records the results on screen unless they are recorded already.
func (m *Tab) settle() tea.Cmd {
	if m.shown <= m.recorded || strings.TrimSpace(m.query) == "" {
		return nil
	}
	m.recorded = m.shown
	return tea.Sequence(
		actions.Record(m.env, model.EventSearch, "", model.SourceSearch, m.query, int64(len(m.results))),
		m.impressions(),
	)
}

// settleIfRead records the results on screen if they have been there for
// settleAfter.
func (m *Tab) settleIfRead() tea.Cmd {
	if m.env.Clock().Sub(m.shownAt) < settleAfter {
		return nil
	}
	return m.settle()
}

// Leave records the results on screen when the persona switches tab.
func (m *Tab) Leave() tea.Cmd {
	m.frame.Forget()
	return m.settle()
}
