package collected

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// kept is one collected post with its account's name.
type kept struct {
	post    model.Post
	account string
}

// List is the Collected posts page.
type List struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	width, height int

	items  []kept
	loaded bool
	err    error
	sel    int
	vp     draw.Viewport
	hits   hit.Regions // where the last View can be clicked (mouse.go)
	// removing is the posts s was pressed on whose removal has not
	// reached the list yet: a second s must not collect them again.
	removing map[model.PostID]bool
}

// New builds the page; Init loads it.
func New(env screen.Env, _ nav.OpenCollectedMsg) *List {
	return &List{env: env, owner: screen.NewOwner(), keys: newKeyMap(env.Keys)}
}

// Init loads the collected posts.
func (m *List) Init() tea.Cmd { return m.load() }

// Update dispatches keys, the load result and state changes (an uncollect
// here or a collect on a post page opened from here reloads the list).
func (m *List) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.owner == m.owner {
			m.loaded, m.err, m.items, m.removing = true, msg.err, msg.items, nil
			m.sel = draw.Clamp(m.sel, len(m.items))
		}
	case screen.StateMsg:
		return m, m.loadPosts(msg.State)
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	}
	return m, nil
}

func (m *List) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.up):
		m.sel = draw.Clamp(m.sel-1, len(m.items))
	case key.Matches(msg, m.keys.down):
		m.sel = draw.Clamp(m.sel+1, len(m.items))
	case key.Matches(msg, m.keys.open):
		return m.open()
	case key.Matches(msg, m.keys.uncollect):
		return m.uncollect()
	}
	return nil
}

// open opens the selected post's page.
func (m *List) open() tea.Cmd {
	if k, ok := m.selected(); ok {
		return screen.Send(nav.OpenPostMsg{ID: k.post.ID, Source: model.SourceMyMiniPrograms})
	}
	return nil
}

// uncollect takes the selected post out of the collection, once.
func (m *List) uncollect() tea.Cmd {
	k, ok := m.selected()
	if !ok || m.removing[k.post.ID] {
		return nil
	}
	if m.removing == nil {
		m.removing = map[model.PostID]bool{}
	}
	m.removing[k.post.ID] = true
	return actions.ToggleCollect(m.env, k.post)
}

func (m *List) selected() (kept, bool) { return draw.At(m.items, m.sel) }

// SetSize sets the page's area.
func (m *List) SetSize(w, h int) { m.width, m.height = w, h }

// Title names the page.
func (m *List) Title() string { return "Collected posts" }

// CapturesInput: the page has no text input.
func (m *List) CapturesInput() bool { return false }
