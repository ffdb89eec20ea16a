package mine

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/cache"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/screen"
)

// section is one of the two lists.
type section int

const (
	secFavourites section = iota
	secRecent
)

// entry is one row: a mini program, and for Recently used when it was
// last opened.
type entry struct {
	program model.MiniProgram
	at      time.Time
}

// Tab is the My Mini Programs tab.
type Tab struct {
	env           screen.Env
	owner         screen.Owner
	width, height int

	state    model.UserState
	loaded   bool           // the state has arrived: empty sections are really empty
	programs cache.Programs // records of the mini programs shown

	// The persona's own records, each a page of its own: w the card pack,
	// o My orders, p Collected posts.
	coupons, orders, collected key.Binding

	sec    section
	idx    [2]int              // selection inside each section
	follow model.MiniProgramID // a favourite being moved: keep it selected
	vp     draw.Viewport
	hits   hit.Regions // where the last View can be clicked (mouse.go)
}

// New builds the tab; Init loads its data.
func New(env screen.Env) *Tab {
	orders, collected := placeKeys()
	return &Tab{env: env, owner: screen.NewOwner(),
		coupons: env.Keys.Coupons, orders: orders, collected: collected}
}

// Init reads the persona's state.
func (m *Tab) Init() tea.Cmd { return actions.LoadState(m.env) }

// Title names the tab.
func (m *Tab) Title() string { return "My Mini Programs" }

// CapturesInput is false: the tab has no text input.
func (m *Tab) CapturesInput() bool { return false }

// SetSize sets the area View fills.
func (m *Tab) SetSize(w, h int) { m.width, m.height = w, h }

// Update handles keys, state changes and this tab's loads.
func (m *Tab) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	case screen.StateMsg:
		return m, m.setState(msg.State)
	case cache.ProgramsLoadedMsg:
		if msg.Owner != m.owner {
			return m, nil
		}
		cmd := m.programs.Add(msg)
		m.settle()
		return m, cmd
	}
	return m, nil
}

// setState keeps the fresh state, loads records not seen before, and
// keeps the selection on a favourite that was just moved.
func (m *Tab) setState(s model.UserState) tea.Cmd {
	m.state, m.loaded = s, true
	ids := append([]model.MiniProgramID(nil), s.Favourites...)
	for _, r := range s.Recents {
		ids = append(ids, r.MiniProgramID)
	}
	m.settle()
	return m.programs.Load(m.env, m.owner, ids)
}

// settle re-anchors the selection after the lists changed.
func (m *Tab) settle() {
	if m.follow != "" {
		for i, e := range m.favourites() {
			if e.program.ID == m.follow {
				m.sec, m.idx[secFavourites] = secFavourites, i
			}
		}
		m.follow = ""
	}
	m.idx[secFavourites] = draw.Clamp(m.idx[secFavourites], len(m.favourites()))
	m.idx[secRecent] = draw.Clamp(m.idx[secRecent], len(m.recents()))
	if len(m.list(m.sec)) == 0 && len(m.list(1-m.sec)) > 0 {
		m.sec = 1 - m.sec
	}
}

// favourites are the collected mini programs in the persona's order.
func (m *Tab) favourites() []entry {
	var out []entry
	for _, id := range m.state.Favourites {
		if p, ok := m.programs.Get(id); ok {
			out = append(out, entry{program: p})
		}
	}
	return out
}

// recents are the recently used mini programs, newest first.
func (m *Tab) recents() []entry {
	var out []entry
	for _, r := range m.state.Recents {
		if p, ok := m.programs.Get(r.MiniProgramID); ok {
			out = append(out, entry{program: p, at: r.At})
		}
	}
	return out
}

func (m *Tab) list(s section) []entry {
	if s == secFavourites {
		return m.favourites()
	}
	return m.recents()
}

// selected is the selected row, if any.
func (m *Tab) selected() (entry, bool) {
	l := m.list(m.sec)
	if len(l) == 0 {
		return entry{}, false
	}
	return l[draw.Clamp(m.idx[m.sec], len(l))], true
}
