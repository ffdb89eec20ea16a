package home

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/cache"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/screen"
)

// zone is the part of Home the selection is in.
type zone int

const (
	zoneSearch zone = iota
	zoneGrid
	zoneChannels
)

// Tab is the Home tab.
type Tab struct {
	env           screen.Env
	owner         screen.Owner
	width, height int

	state    model.UserState
	loaded   bool           // the state has arrived: an empty grid is really empty
	programs cache.Programs // records of the mini programs shown
	channels []channelEntry

	zone     zone
	cell     int // selected grid cell
	ch       int // selected channel
	sub      int // selected mini program of the expanded channel; -1: its row
	expanded int // index of the expanded channel; -1: none
	vp       draw.Viewport

	targets []target    // what each block of the last View is to a click
	hits    hit.Regions // where the last View can be clicked (mouse.go)
}

// New builds the Home tab; Init loads its data.
func New(env screen.Env) *Tab {
	return &Tab{
		env:      env,
		owner:    screen.NewOwner(),
		sub:      -1,
		expanded: -1,
	}
}

// Init reads the persona's state and the exposure slots.
func (m *Tab) Init() tea.Cmd {
	return tea.Batch(
		actions.LoadState(m.env),
		loadChannels(m.env.Store, m.owner),
	)
}

// Title names the tab.
func (m *Tab) Title() string { return "Home" }

// CapturesInput is false: Home's search box is a button that opens Search.
func (m *Tab) CapturesInput() bool { return false }

// SetSize sets the area View fills.
func (m *Tab) SetSize(w, h int) { m.width, m.height = w, h }

// Update handles keys and this tab's load results.
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
		m.clampCell()
		return m, cmd
	case channelsMsg:
		if msg.owner != m.owner {
			return m, nil
		}
		m.channels = msg.channels
		return m, errCmd(msg.err)
	}
	return m, nil
}

// setState keeps the fresh state and loads the records of any grid mini
// program not seen before.
func (m *Tab) setState(s model.UserState) tea.Cmd {
	m.state, m.loaded = s, true
	m.clampCell()
	return m.programs.Load(m.env, m.owner, gridIDs(s))
}

func (m *Tab) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.moveUp()
	case key.Matches(msg, k.Down):
		m.moveDown()
	case key.Matches(msg, k.Left):
		m.moveLeft()
	case key.Matches(msg, k.Right):
		m.moveRight()
	case key.Matches(msg, k.Enter):
		return m.activate()
	}
	return nil
}

// gridIDs is the grid's order: favourites first, then recently used
// (newest first), each mini program once.
func gridIDs(s model.UserState) []model.MiniProgramID {
	seen := map[model.MiniProgramID]bool{}
	var out []model.MiniProgramID
	add := func(id model.MiniProgramID) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, id := range s.Favourites {
		add(id)
	}
	for _, r := range s.Recents {
		add(r.MiniProgramID)
	}
	return out
}

// gridCells is what the grid shows: the mini programs that fit and whether
// the last cell is "More", which takes the place of the last one when
// there are more than fit.
func (m *Tab) gridCells() (cells []model.MiniProgram, more bool) {
	size := max(m.env.Settings.GridSize(), 1)
	for _, id := range gridIDs(m.state) {
		if p, ok := m.programs.Get(id); ok {
			cells = append(cells, p)
		}
	}
	if len(cells) > size {
		return cells[:size-1], true
	}
	return cells, false
}

// numCells counts the selectable grid cells, "More" included.
func (m *Tab) numCells() int {
	cells, more := m.gridCells()
	if more {
		return len(cells) + 1
	}
	return len(cells)
}

func errCmd(err error) tea.Cmd {
	if err == nil {
		return nil
	}
	return screen.Send(screen.StatusMsg{Err: err})
}
