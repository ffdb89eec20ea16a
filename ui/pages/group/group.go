package group

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/components/postlist"
	"lifesim/ui/hit"
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

	group  model.Group
	joined bool
	posts  *postlist.List // the posts linking the group, newest first
	loaded bool           // the group has arrived
	err    error
	sel    postlist.Selection // row 0: the join button; then the posts
	hits   hit.Regions        // where the last View can be clicked (mouse.go)

	ownPosts int  // the persona's published posts, as last seen
	hasState bool // ownPosts has been counted
}

// New builds the page of the group msg names, opened from msg.Source;
// Init loads it and records the open.
func New(env screen.Env, msg nav.OpenGroupMsg) *Page {
	id := msg.ID
	return &Page{
		env:    env,
		owner:  screen.NewOwner(),
		keys:   newKeyMap(env.Keys),
		id:     id,
		source: msg.Source,
		posts:  postlist.New(env, postlist.Config{Query: postlist.OfGroup(id), Accounts: true}),
	}
}

// Init loads the group and the first page of its posts, and records the
// open.
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

func (m *Page) onLoaded(msg loadedMsg) tea.Cmd {
	if msg.err != nil {
		m.err = msg.err
		return nil
	}
	m.group, m.loaded = msg.group, true
	return m.setState(msg.state)
}

// onState takes the persona's marks and the posts' fresh counts; when
// membership changed (joined or left, here or elsewhere) the group is read
// again for its member count.
//
// A post the persona has just published (from this group's n, or anywhere
// with this group or its topic) must be listed here at once: the editor
// closes with the fresh state, so a new own post reads the posts again
// from the top, where the newest is.
func (m *Page) onState(s model.UserState) tea.Cmd {
	was, published := m.joined, m.hasState && len(s.OwnPosts) != m.ownPosts
	cmds := []tea.Cmd{m.setState(s)}
	if m.loaded && was != m.joined {
		cmds = append(cmds, m.load())
	}
	if published {
		cmds = append(cmds, m.posts.Reset())
		m.sel.Row, m.sel.VP.Offset = 0, 0 // back to the top, where the new post is
	}
	return tea.Batch(cmds...)
}

// setState keeps whether the persona is a member and how many posts it
// has published, and hands the state to the posts for their marks and
// counts.
func (m *Page) setState(s model.UserState) tea.Cmd {
	m.joined = s.Joined(m.id)
	m.ownPosts, m.hasState = len(s.OwnPosts), true
	return m.posts.SetState(s)
}

// count is the number of selectable rows.
func (m *Page) count() int { return 1 + m.posts.Len() }

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
