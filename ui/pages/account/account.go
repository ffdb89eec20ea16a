package account

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/cache"
	"lifesim/ui/components/postlist"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// Page is an open Life Account page.
type Page struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	id            model.AccountID
	source        model.Source
	width, height int

	account  model.LifeAccount
	coupons  []model.Coupon
	programs []model.MiniProgram
	groups   []model.Group  // topic groups its posts link
	posts    *postlist.List // its posts, newest first
	loaded   bool           // the profile has arrived
	err      error
	state    model.UserState
	ownPosts int                    // the persona's published posts, as last seen
	sel      postlist.Selection     // row 0: the follow button; then coupons, mini programs, groups, posts
	parts    cache.Strings[partKey] // the parts drawn, but the cards (view.go)
	hits     hit.Regions            // where the last View can be clicked (mouse.go)
}

// New builds the page for msg; Init loads it and records the open.
func New(env screen.Env, msg nav.OpenAccountMsg) *Page {
	id := msg.ID
	return &Page{
		env:    env,
		owner:  screen.NewOwner(),
		keys:   newKeyMap(env.Keys),
		id:     id,
		source: msg.Source,
		// no accounts read: the cards sit on the account's own page
		posts: postlist.New(env, postlist.Config{Query: postlist.OfAccount(id)}),
	}
}

// Init loads the profile and the first page of posts, and records the open.
func (m *Page) Init() tea.Cmd {
	return tea.Batch(m.load(), m.posts.Init(), m.recordOpen())
}

// Update dispatches keys, load results and state changes.
func (m *Page) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	case loadedMsg:
		if msg.owner == m.owner {
			return m, m.onLoaded(msg)
		}
	case screen.StateMsg:
		return m, m.onState(msg.State)
	}
	return m, m.posts.Update(msg)
}

// onState takes the persona's marks. A changed follow reads the profile
// again (its fan count moved); on the persona's own page a new post reads
// the posts again from the top; posts whose counters the persona changed
// are read again for their counts.
func (m *Page) onState(s model.UserState) tea.Cmd {
	was := m.following()
	m.state = s
	cmds := []tea.Cmd{m.posts.SetState(s)}
	if m.loaded && was != m.following() {
		cmds = append(cmds, m.load())
	}
	if m.own() && len(s.OwnPosts) != m.ownPosts {
		m.ownPosts = len(s.OwnPosts)
		cmds = append(cmds, m.load(), m.posts.Reset())
		m.sel.Row = draw.Clamp(m.sel.Row, m.count())
	}
	return tea.Batch(cmds...)
}

func (m *Page) onLoaded(msg loadedMsg) tea.Cmd {
	if msg.err != nil {
		m.err = msg.err
		return nil
	}
	m.account, m.coupons, m.programs, m.groups = msg.account, msg.coupons, msg.programs, msg.groups
	m.parts = cache.Strings[partKey]{} // drawn from the profile before
	m.state, m.loaded = msg.state, true
	m.ownPosts = len(msg.state.OwnPosts)
	return m.posts.SetState(msg.state)
}

// count is the number of selectable rows.
func (m *Page) count() int {
	return 1 + len(m.coupons) + len(m.programs) + len(m.groups) + m.posts.Len()
}

// own reports whether this is the persona's own creator account.
func (m *Page) own() bool { return m.id == model.PersonaAccountID(m.env.Persona) }

// following reports whether the persona follows this account.
func (m *Page) following() bool { return m.state.Following(m.id) }

// SetSize sets the page's area.
func (m *Page) SetSize(width, height int) { m.width, m.height = width, height }

// Title is the account's name.
func (m *Page) Title() string {
	if m.account.Name == "" {
		return "Life Account"
	}
	return model.CleanLine(m.account.Name)
}

// CapturesInput: the page has no text input.
func (m *Page) CapturesInput() bool { return false }
