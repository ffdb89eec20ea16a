package orders

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/cache"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// placed is one order with what the page draws for it.
type placed struct {
	order   model.Order
	program model.MiniProgram // zero if it no longer exists in the world
}

// List is the My orders page.
type List struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	width, height int

	state    model.UserState
	programs cache.Programs // the orders' mini programs
	waiting  bool           // a read of mini programs is on its way
	loaded   bool
	err      error
	sel      int
	vp       draw.Viewport
	hits     hit.Regions // where the last View can be clicked (mouse.go)
}

// New builds the page; Init loads it.
func New(env screen.Env, _ nav.OpenOrdersMsg) *List {
	return &List{env: env, owner: screen.NewOwner(), keys: newKeyMap(env.Keys)}
}

// Init loads the persona's orders.
func (m *List) Init() tea.Cmd { return m.load() }

// Update dispatches keys, the state (read on opening, then every fresh
// one: an order placed in a mini program opened from here shows at once)
// and the mini programs read for it.
func (m *List) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.owner != m.owner {
			return m, nil
		}
		if msg.err != nil {
			m.loaded, m.err = true, msg.err
			return m, nil
		}
		return m, m.setState(msg.state)
	case screen.StateMsg:
		return m, m.setState(msg.State)
	case cache.ProgramsLoadedMsg:
		if msg.Owner != m.owner {
			return m, nil
		}
		m.waiting = false
		return m, m.programs.Add(msg)
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	}
	return m, nil
}

// setState keeps the fresh state and reads the mini programs of orders
// not seen before; the page shows once they have arrived.
func (m *List) setState(s model.UserState) tea.Cmd {
	m.state, m.loaded, m.err = s, true, nil
	ids := make([]model.MiniProgramID, 0, len(s.Orders))
	for _, o := range s.Orders {
		ids = append(ids, o.MiniProgramID)
	}
	cmd := m.programs.Load(m.env, m.owner, ids)
	m.waiting = cmd != nil
	m.sel = draw.Clamp(m.sel, len(s.Orders))
	return cmd
}

// items pairs each order, newest first, with its mini program (zero if it
// has left the world).
func (m *List) items() []placed {
	orders := m.state.OrdersNewestFirst()
	out := make([]placed, len(orders))
	for i, o := range orders {
		p, _ := m.programs.Get(o.MiniProgramID)
		out[i] = placed{order: o, program: p}
	}
	return out
}

func (m *List) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.up):
		m.sel = draw.Clamp(m.sel-1, len(m.state.Orders))
	case key.Matches(msg, m.keys.down):
		m.sel = draw.Clamp(m.sel+1, len(m.state.Orders))
	case key.Matches(msg, m.keys.open):
		return m.open()
	}
	return nil
}

// open opens the selected order's mini program, to order again.
func (m *List) open() tea.Cmd {
	p, ok := m.selected()
	switch {
	case !ok:
		return nil
	case p.program.ID == "":
		return screen.Send(screen.StatusMsg{Text: "This order's mini program is no longer available"})
	}
	return screen.Send(nav.OpenMiniProgramMsg{ID: p.program.ID, Source: model.SourceMyMiniPrograms})
}

func (m *List) selected() (placed, bool) { return draw.At(m.items(), m.sel) }

// SetSize sets the page's area.
func (m *List) SetSize(w, h int) { m.width, m.height = w, h }

// Title names the page.
func (m *List) Title() string { return "My orders" }

// CapturesInput: the page has no text input.
func (m *List) CapturesInput() bool { return false }
