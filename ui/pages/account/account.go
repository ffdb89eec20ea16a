package account

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/common"
	"lifesim/ui/components/marks"
)

// Model is an open Life Account page.
type Model struct {
	env           common.Env
	owner         common.Owner
	keys          keyMap
	id            model.AccountID
	source        model.Source
	width, height int

	account  model.LifeAccount
	coupons  []model.Coupon
	programs []model.MiniProgram
	posts    []model.Post
	next     store.Cursor
	loaded   bool // the profile has arrived
	loading  bool // a page of posts is being read
	err      error
	marks    marks.Marks
	sel      int // 0: the follow button; then coupons, mini programs, posts
	vp       common.Viewport
}

// pageSize is how many posts one read brings; prefetch is how close to the
// end the selection gets before the next page is asked for.
const (
	pageSize = 6
	prefetch = 2
)

// New builds the page for msg; Init loads it and records the open.
func New(env common.Env, msg common.OpenAccountMsg) *Model {
	return &Model{
		env:     env,
		owner:   common.NewOwner(),
		keys:    newKeyMap(env.Keys),
		id:      msg.ID,
		source:  msg.Source,
		loading: true,
	}
}

// Init loads the profile and the first page of posts, and records the open.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.load(), m.loadPosts(""), m.recordOpen())
}

// Update dispatches keys, load results and state changes.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
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
	case common.StateMsg:
		m.marks = marks.From(msg.State)
	}
	return m, nil
}

func (m *Model) onLoaded(msg loadedMsg) {
	if msg.err != nil {
		m.err = msg.err
		return
	}
	m.account, m.coupons, m.programs = msg.account, msg.coupons, msg.programs
	m.marks, m.loaded = marks.From(msg.state), true
}

func (m *Model) onPosts(msg postsMsg) tea.Cmd {
	m.loading = false
	if msg.err != nil {
		return common.Cmd(common.StatusMsg{Err: msg.err})
	}
	m.posts = append(m.posts, msg.posts...)
	m.next = msg.next
	return m.maybeMore()
}

// maybeMore asks for the next page of posts when the selection nears the end.
func (m *Model) maybeMore() tea.Cmd {
	if m.loading || m.next == "" || m.sel < m.count()-prefetch {
		return nil
	}
	m.loading = true
	return m.loadPosts(m.next)
}

// count is the number of selectable rows.
func (m *Model) count() int { return 1 + len(m.coupons) + len(m.programs) + len(m.posts) }

// following reports whether the persona follows this account.
func (m *Model) following() bool { return m.marks.Following[m.id] }

// SetSize sets the page's area.
func (m *Model) SetSize(width, height int) { m.width, m.height = width, height }

// Title is the account's name.
func (m *Model) Title() string {
	if m.account.Name == "" {
		return "Life Account"
	}
	return model.CleanLine(m.account.Name)
}

// CapturesInput: the page has no text input.
func (m *Model) CapturesInput() bool { return false }
