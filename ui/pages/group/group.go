package group

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/draw"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// Page is an open topic group page.
type Page struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	id            model.GroupID
	source        model.Source
	width, height int

	group    model.Group
	joined   bool
	posts    []model.Post
	accounts map[model.AccountID]model.LifeAccount
	next     store.Cursor
	loaded   bool // the group has arrived
	loading  bool // a page of posts is being read
	err      error
	state    model.UserState
	sel      int // 0: the join button; then the posts
	vp       draw.Viewport
}

// pageSize is how many posts one read brings; prefetch is how close to the
// end the selection gets before the next page is asked for.
const (
	pageSize = 6
	prefetch = 2
)

// New builds the page of the group msg names, opened from msg.Source;
// Init loads it and records the open.
func New(env screen.Env, msg nav.OpenGroupMsg) *Page {
	id, src := msg.ID, msg.Source
	return &Page{
		env:      env,
		owner:    screen.NewOwner(),
		keys:     newKeyMap(env.Keys),
		id:       id,
		source:   src,
		accounts: map[model.AccountID]model.LifeAccount{},
		loading:  true,
	}
}

// Init loads the group and the first page of its posts, and records the
// open.
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
		if msg.owner == m.owner {
			return m, m.onPosts(msg)
		}
	case screen.StateMsg:
		return m, m.onState(msg.State)
	}
	return m, nil
}

func (m *Page) onLoaded(msg loadedMsg) {
	if msg.err != nil {
		m.err = msg.err
		return
	}
	m.group, m.loaded = msg.group, true
	m.setState(msg.state)
}

// onState takes the persona's marks; when membership changed (joined or
// left, here or elsewhere) the group is read again for its member count.
func (m *Page) onState(s model.UserState) tea.Cmd {
	was := m.joined
	m.setState(s)
	if m.loaded && was != m.joined {
		return m.load()
	}
	return nil
}

func (m *Page) setState(s model.UserState) {
	m.state = s
	m.joined = s.Joined(m.id)
}

func (m *Page) onPosts(msg postsMsg) tea.Cmd {
	m.loading = false
	if msg.err != nil {
		return screen.Send(screen.StatusMsg{Err: msg.err})
	}
	m.posts = append(m.posts, msg.posts...)
	for id, a := range msg.accounts {
		m.accounts[id] = a
	}
	m.next = msg.next
	return m.maybeMore()
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
func (m *Page) count() int { return 1 + len(m.posts) }

// SetSize sets the page's area.
func (m *Page) SetSize(width, height int) { m.width, m.height = width, height }

// Title is the group's name.
func (m *Page) Title() string {
	if m.group.Name == "" {
		return "Topic group"
	}
	return model.CleanLine(m.group.Name)
}

// CapturesInput: the page has no text input.
func (m *Page) CapturesInput() bool { return false }
