package life

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/components/forward"
	"lifesim/ui/hit"
	"lifesim/ui/screen"
)

// Feed is the Life tab.
type Feed struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	width, height int

	sub       sub
	feeds     [numSubs]feed
	suggested []model.LifeAccount
	state     model.UserState
	ownPosts  int // the persona's published posts, as last seen
	hasState  bool
	picker    forward.Picker

	// impressed is the merchants' accounts whose posts this feed has
	// drawn (the tab lives for the session); drawn is those View drew
	// that are not recorded yet (impressions.go).
	impressed map[model.AccountID]bool
	drawn     []actions.Shown

	hits hit.Regions // where the last View can be clicked (mouse.go)
}

// suggestLimit is how many accounts the suggestions row offers.
const suggestLimit = 3

// New builds the Life tab; Init loads it.
func New(env screen.Env) *Feed {
	m := &Feed{
		env:       env,
		owner:     screen.NewOwner(),
		keys:      newKeyMap(env.Keys),
		picker:    forward.Picker{Styles: env.Styles},
		impressed: map[model.AccountID]bool{},
	}
	for s := range numSubs {
		m.feeds[s] = newFeed(env, s)
	}
	return m
}

// Init loads both sub-feeds' first pages, the suggestions and the persona's
// state.
func (m *Feed) Init() tea.Cmd {
	return tea.Batch(
		m.feeds[recommended].list.Init(),
		m.feeds[following].list.Init(),
		m.loadSuggestions(),
		m.loadState(),
	)
}

// Update first records the impressions of the posts the last frame drew,
// then dispatches keys to the feed, the feeds' answers to their lists,
// and state changes. The impressions come first in the log, before an
// open of the post they showed.
func (m *Feed) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	return m, tea.Sequence(m.impressions(), m.update(msg))
}

func (m *Feed) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case hit.ClickMsg:
		return m.click(msg.ID)
	case suggestionsMsg:
		if msg.owner == m.owner {
			m.suggested = msg.accounts
		}
	case stateLoadedMsg:
		if msg.owner == m.owner {
			return m.onState(msg.state)
		}
	case screen.StateMsg:
		return m.onState(msg.State)
	}
	// the feeds' own answers: each list takes only its own
	return tea.Batch(m.feeds[recommended].list.Update(msg), m.feeds[following].list.Update(msg))
}

// onState keeps the persona's fresh state for the cards' marks; a post of
// its own reloads both feeds, a change of follows reloads Following, and
// each feed re-reads the posts whose counters the persona changed so the
// cards' counts match.
func (m *Feed) onState(s model.UserState) tea.Cmd {
	old, had := m.state, m.hasState
	oldOwn := m.ownPosts
	m.state, m.hasState, m.ownPosts = s, true, len(s.OwnPosts)
	var cmds []tea.Cmd
	switch {
	case !had:
	case oldOwn != m.ownPosts:
		// a post of the persona's own: both feeds show it from the top
		for f := range numSubs {
			cmds = append(cmds, m.feeds[f].reset())
		}
	case s.FollowsChanged(old):
		cmds = append(cmds, m.feeds[following].reset())
	}
	for f := range numSubs {
		cmds = append(cmds, m.feeds[f].list.SetState(s))
	}
	return tea.Batch(cmds...)
}

// maybeMore asks for the next page of the active feed when the selection
// nears its end.
func (m *Feed) maybeMore() tea.Cmd {
	f := &m.feeds[m.sub]
	return f.list.MaybeMore(f.sel.Row, len(m.items(m.sub)))
}

// SetSize sets the area the tab draws in.
func (m *Feed) SetSize(width, height int) { m.width, m.height = width, height }

// Title names the tab.
func (m *Feed) Title() string { return "Life" }

// CapturesInput is true while the forward picker is open, so esc closes it
// and letters do not switch tabs under it.
func (m *Feed) CapturesInput() bool { return m.picker.IsOpen() }
