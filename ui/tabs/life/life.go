package life

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/cache"
	"lifesim/ui/components/forward"
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
	accounts  map[model.AccountID]model.LifeAccount // of every loaded post
	thumbs    cache.Thumbs                          // cards' thumbnails
	suggested []model.LifeAccount
	state     model.UserState
	ownPosts  int // the persona's published posts, as last seen
	hasState  bool
	picker    forward.Picker
}

// suggestLimit is how many accounts the suggestions row offers.
const suggestLimit = 3

// New builds the Life tab; Init loads it.
func New(env screen.Env) *Feed {
	m := &Feed{
		env:      env,
		owner:    screen.NewOwner(),
		keys:     newKeyMap(env.Keys),
		accounts: map[model.AccountID]model.LifeAccount{},
		picker:   forward.Picker{Styles: env.Styles},
	}
	for s := range m.feeds {
		m.feeds[s].loading = true
	}
	return m
}

// Init loads both sub-feeds' first pages, the suggestions and the persona's
// state.
func (m *Feed) Init() tea.Cmd {
	return tea.Batch(
		m.loadFeed(recommended, ""),
		m.loadFeed(following, ""),
		m.loadSuggestions(),
		m.loadState(),
	)
}

// Update dispatches keys to the feed and load results to their feed.
func (m *Feed) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case feedLoadedMsg:
		if msg.owner == m.owner {
			return m, m.onFeed(msg)
		}
	case cache.ThumbsMsg:
		if msg.Owner == m.owner {
			m.thumbs.Add(msg)
		}
	case suggestionsMsg:
		if msg.owner == m.owner {
			m.suggested = msg.accounts
		}
	case stateLoadedMsg:
		if msg.owner == m.owner {
			return m, m.onState(msg.state)
		}
	case screen.StateMsg:
		return m, m.onState(msg.State)
	case postsRefreshedMsg:
		if msg.owner == m.owner {
			for _, p := range msg.posts {
				m.replacePost(p)
			}
		}
	}
	return m, nil
}

// onFeed appends a page (or drops it if the feed was reset since).
func (m *Feed) onFeed(msg feedLoadedMsg) tea.Cmd {
	f := &m.feeds[msg.feed]
	if msg.seq != f.seq {
		return nil
	}
	f.loading = false
	if msg.err != nil {
		f.err = msg.err
		return nil
	}
	f.err, f.loaded = nil, true
	f.posts = append(f.posts, msg.posts...)
	f.next = msg.next
	for id, a := range msg.accounts {
		m.accounts[id] = a
	}
	return tea.Batch(m.maybeMore(), m.thumbs.Load(m.env.Store, m.owner, msg.posts))
}

// onState keeps the persona's fresh state for the cards' marks; a post of
// its own reloads both feeds, a change of follows reloads Following, and
// posts whose counters the persona changed are re-read so the cards'
// counts match.
func (m *Feed) onState(s model.UserState) tea.Cmd {
	old, had := m.state, m.hasState
	oldOwn := m.ownPosts
	m.state, m.hasState, m.ownPosts = s, true, len(s.OwnPosts)
	if !had {
		return nil
	}
	var cmds []tea.Cmd
	if oldOwn != m.ownPosts {
		// a post of the persona's own: both feeds show it from the top
		for f := range numSubs {
			m.feeds[f].reset()
			cmds = append(cmds, m.loadFeed(f, ""))
		}
	} else if s.FollowsChanged(old) {
		m.feeds[following].reset()
		cmds = append(cmds, m.loadFeed(following, ""))
	}
	var ids []model.PostID
	loaded := m.loadedIDs()
	for _, id := range s.ChangedPosts(old) {
		if loaded[id] {
			ids = append(ids, id)
		}
	}
	if len(ids) > 0 {
		cmds = append(cmds, m.refreshPosts(ids))
	}
	return tea.Batch(cmds...)
}

// maybeMore asks for the next page of the active feed when the selection
// nears its end.
func (m *Feed) maybeMore() tea.Cmd {
	f := &m.feeds[m.sub]
	if !f.more() || f.sel < len(m.items(m.sub))-prefetch {
		return nil
	}
	f.loading = true
	return m.loadFeed(m.sub, f.next)
}

// SetSize sets the area the tab draws in.
func (m *Feed) SetSize(width, height int) { m.width, m.height = width, height }

// Title names the tab.
func (m *Feed) Title() string { return "Life" }

// CapturesInput is true while the forward picker is open, so esc closes it
// and letters do not switch tabs under it.
func (m *Feed) CapturesInput() bool { return m.picker.IsOpen() }
