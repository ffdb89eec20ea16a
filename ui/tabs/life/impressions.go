package life

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
)

// A post card drawn on screen is an impression, in the feed, for its
// merchant's account: once per session and account, however often it is
// drawn. View notes the cards it drew; the next Update, or leaving the
// feed, records them. A tab hidden behind another is not drawn, so the
// feeds loaded in the background record nothing.

// noteDrawn notes that View drew post i of the active feed.
func (m *Feed) noteDrawn(i int) {
	l := m.feeds[m.sub].list
	p := l.Post(i)
	acc := actions.MerchantAccount(l.Account(p.AccountID))
	if acc == "" || m.impressed[acc] {
		return
	}
	m.impressed[acc] = true
	m.drawn = append(m.drawn, actions.Shown{Account: acc, Detail: string(p.ID)})
}

// impressions records the cards noted since it last ran.
func (m *Feed) impressions() tea.Cmd {
	drawn := m.drawn
	m.drawn = nil
	return actions.Impressions(m.env, model.SourceFeed, drawn)
}

// Leave records the cards drawn since the last message, as the feed goes
// out of view.
func (m *Feed) Leave() tea.Cmd { return m.impressions() }
