package messages

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/cache"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/screen"
)

// lifeKey is the selection key of the "Life accounts" entry; messages
// and orders are selected by their ids (a message's after letterKey), so
// the selection stays on a row when a newer one arrives above it.
const (
	lifeKey   = "\x00life"
	letterKey = "\x00message:"
)

// item is one selectable row: the Life accounts entry, a message from a
// followed account, or an order notice.
type item struct {
	life    bool
	letter  *letter
	order   model.Order
	program model.MiniProgram // the order's mini program (ID only if unknown)
}

// key identifies the item across state changes.
func (it item) key() string {
	switch {
	case it.life:
		return lifeKey
	case it.letter != nil:
		return letterKey + it.letter.msg.ID
	}
	return it.order.ID
}

// Tab is the Messages tab.
type Tab struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	width, height int

	state    model.UserState
	loaded   bool           // the state has arrived: no orders means none
	programs cache.Programs // the orders' mini programs
	waiting  bool           // a read of mini programs is on its way
	letters  []letter       // the inbox, newest first (inbox.go)

	sel  string // key of the selected item; "" is the first
	vp   draw.Viewport
	hits hit.Regions // where the last View can be clicked (mouse.go)
}

// New builds the Messages tab; Init loads the persona's state.
func New(env screen.Env) *Tab {
	return &Tab{env: env, owner: screen.NewOwner(), keys: newKeyMap(env)}
}

// Init reads the persona's state and inbox.
func (m *Tab) Init() tea.Cmd { return tea.Batch(actions.LoadState(m.env), m.loadInbox()) }

// SetSize sets the area the tab draws in.
func (m *Tab) SetSize(w, h int) { m.width, m.height = w, h }

// Title names the tab.
func (m *Tab) Title() string { return "Messages" }

// CapturesInput is always false: the tab has no text input.
func (m *Tab) CapturesInput() bool { return false }

// Update moves the selection, opens the selected item, and keeps the
// notices and messages in step with the persona's state.
func (m *Tab) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	case screen.StateMsg:
		return m, tea.Batch(m.setState(msg.State), m.loadInbox())
	case inboxMsg:
		if msg.owner != m.owner {
			return m, nil
		}
		if msg.err != nil {
			return m, screen.Send(screen.StatusMsg{Err: msg.err})
		}
		m.letters = msg.letters
		return m, nil
	case cache.ProgramsLoadedMsg:
		if msg.Owner != m.owner {
			return m, nil
		}
		m.waiting = false
		return m, m.programs.Add(msg)
	}
	return m, nil
}

// setState keeps the fresh state and reads the mini programs of orders
// not seen before.
func (m *Tab) setState(s model.UserState) tea.Cmd {
	m.state, m.loaded = s, true
	ids := make([]model.MiniProgramID, 0, len(s.Orders))
	for _, o := range s.Orders {
		ids = append(ids, o.MiniProgramID)
	}
	cmd := m.programs.Load(m.env, m.owner, ids)
	if cmd != nil {
		m.waiting = true
	}
	return cmd
}

// items are the selectable rows, top to bottom.
func (m *Tab) items() []item {
	var out []item
	if m.env.Variants.LifeUnderMessages() {
		out = append(out, item{life: true})
	}
	for i := range m.letters {
		out = append(out, item{letter: &m.letters[i]})
	}
	return append(out, m.notices()...)
}

// notices are the order notices, newest first. While the names of new
// orders' mini programs are being read those orders wait, so a row never
// flashes an id; a mini program the store does not have shows its id.
func (m *Tab) notices() []item {
	var out []item
	for _, o := range m.state.OrdersNewestFirst() {
		p, ok := m.programs.Get(o.MiniProgramID)
		if !ok {
			if m.waiting {
				continue
			}
			p = model.MiniProgram{ID: o.MiniProgramID, Name: string(o.MiniProgramID)}
		}
		out = append(out, item{order: o, program: p})
	}
	return out
}

// selected is the index of the selected item in items (0 when the
// selected one is gone), and whether there is any.
func (m *Tab) selected(items []item) (int, bool) {
	for i, it := range items {
		if it.key() == m.sel {
			return i, true
		}
	}
	return 0, len(items) > 0
}
