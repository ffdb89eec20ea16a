package messages

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// open opens an order notice's mini program, a message's account, or the
// Life feed for the Life accounts entry.
func (m *Tab) open(it item) tea.Cmd {
	switch {
	case it.life:
		return openLife(m.env)
	case it.letter != nil:
		return screen.Send(nav.OpenAccountMsg{ID: it.letter.from.ID, Source: model.SourceMessages})
	}
	return screen.Send(nav.OpenMiniProgramMsg{ID: it.order.MiniProgramID, Source: model.SourceMessages})
}

// openLife records the open of Life (and the feed_ranking exposure, the
// feed being in view) before the page is pushed, in that order.
func openLife(env screen.Env) tea.Cmd {
	return tea.Sequence(
		actions.Record(env, model.EventOpenLife, "life", model.SourceMessages, "", 0),
		actions.Expose(env, model.ExpFeedRanking),
		screen.Send(nav.OpenLifeFeedMsg{}),
	)
}
