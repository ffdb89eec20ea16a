package account

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/cache"
	"lifesim/ui/draw"
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
	groups   []model.Group // topic groups its posts link
	posts    []model.Post
	next     store.Cursor
	loaded   bool // the profile has arrived
	loading  bool // a page of posts is being read
	err      error
	state    model.UserState
	ownPosts int // the persona's published posts, as last seen
	postsSeq int // bumped when the posts are read again from the top
	sel      int // 0: the follow button; then coupons, mini programs, groups, posts
	vp       draw.Viewport
	thumbs   cache.Thumbs // post cards' thumbnails
}

// pageSize is how many posts one read brings; prefetch is how close to the
// end the selection gets before the next page is asked for.
const (
	pageSize = 6
	prefetch = 2
)

// New builds the page for msg; Init loads it and records the open.
func New(env screen.Env, msg nav.OpenAccountMsg) *Page {
	return &Page{
		env:     env,
		owner:   screen.NewOwner(),
		keys:    newKeyMap(env.Keys),
		id:      msg.ID,
		source:  msg.Source,
		loading: true,
	}
}

// Init loads the profile and the first page of posts, and records the open.
func (m *Page) Init() tea.Cmd {
	return tea.Batch(m.load(), m.loadPosts(""), m.recordOpen())
}

// Update dispatches keys, load results and state changes.
func (m *Page) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case loadedMsg:
		if msg.owner == m.owner {
			m.onLoaded(msg)
		}
	case postsMsg:
		if msg.owner == m.owner && msg.seq == m.postsSeq {
			return m, m.onPosts(msg)
		}
	case cache.ThumbsMsg:
		if msg.Owner == m.owner {
			m.thumbs.Add(msg)
		}
	case screen.StateMsg:
		return m, m.onState(msg.State)
	}
	return m, nil
}

// onState takes the persona's marks. A changed follow reads the profile
// again (its fan count moved); on the persona's own page a new post reads
// the posts again from the top.
func (m *Page) onState(s model.UserState) tea.Cmd {
	was := m.following()
	m.state = s
	var cmds []tea.Cmd
	if m.loaded && was != m.following() {
		cmds = append(cmds, m.load())
	}
	if m.own() && len(s.OwnPosts) != m.ownPosts {
		m.ownPosts = len(s.OwnPosts)
		m.posts, m.next, m.loading = nil, "", true
		m.postsSeq++ // pages of the older read are dropped
		m.sel = draw.Clamp(m.sel, m.count())
		cmds = append(cmds, m.load(), m.loadPosts(""))
	}
	return tea.Batch(cmds...)
}

func (m *Page) onLoaded(msg loadedMsg) {
	if msg.err != nil {
		m.err = msg.err
		return
	}
	m.account, m.coupons, m.programs, m.groups = msg.account, msg.coupons, msg.programs, msg.groups
	m.state, m.loaded = msg.state, true
	m.ownPosts = len(msg.state.OwnPosts)
}

func (m *Page) onPosts(msg postsMsg) tea.Cmd {
	m.loading = false
	if msg.err != nil {
		return screen.Send(screen.StatusMsg{Err: msg.err})
	}
	m.posts = append(m.posts, msg.posts...)
	m.next = msg.next
	return tea.Batch(m.maybeMore(), m.thumbs.Load(m.env.Store, m.owner, msg.posts))
}

// maybeMore asks for the next page of posts when the selection nears the end.
func (m *Page) maybeMore() tea.Cmd {
	if m.loading || m.next == "" || m.sel < m.count()-prefetch {
		return nil
	}
	m.loading = true
	return m.loadPosts(m.next)
}

// count is the number of selectable rows.
func (m *Page) count() int {
	return 1 + len(m.coupons) + len(m.programs) + len(m.groups) + len(m.posts)
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
