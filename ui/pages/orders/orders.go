package orders

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// placed is one order with what the page draws for it.
type placed struct {
	order   model.Order
	program model.MiniProgram // zero if it no longer exists in the world
}

// booked reports whether o was a booking: a free service costs nothing,
// so nothing was paid (a coupon that covers a whole price still leaves a
// discount on the order).
func (p placed) booked() bool { return p.order.TotalCents == 0 && p.order.DiscountCents == 0 }

// List is the My orders page.
type List struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	width, height int

	items  []placed
	loaded bool
	err    error
	sel    int
	vp     draw.Viewport
}

// New builds the page; Init loads it.
func New(env screen.Env, _ nav.OpenOrdersMsg) *List {
	return &List{env: env, owner: screen.NewOwner(), keys: newKeyMap(env.Keys)}
}

// Init loads the persona's orders.
func (m *List) Init() tea.Cmd { return m.load() }

// Update dispatches keys, the load result and state changes (an order
// placed in a mini program opened from here reloads the list).
func (m *List) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.owner == m.owner {
			m.loaded, m.err = true, msg.err
			m.items = newestFirst(msg.orders, msg.programs)
			m.sel = draw.Clamp(m.sel, len(m.items))
		}
	case screen.StateMsg:
		return m, m.load()
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	}
	return m, nil
}

// newestFirst pairs each order with its mini program, newest first. The
// store keeps them in the order they were placed, so two placed in the
// same instant keep the later one on top.
func newestFirst(orders []model.Order, programs map[model.MiniProgramID]model.MiniProgram) []placed {
	out := make([]placed, 0, len(orders))
	for _, o := range slices.Backward(orders) {
		out = append(out, placed{order: o, program: programs[o.MiniProgramID]})
	}
	slices.SortStableFunc(out, func(a, b placed) int { return b.order.PaidAt.Compare(a.order.PaidAt) })
	return out
}

func (m *List) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.up):
		m.sel = draw.Clamp(m.sel-1, len(m.items))
	case key.Matches(msg, m.keys.down):
		m.sel = draw.Clamp(m.sel+1, len(m.items))
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

func (m *List) selected() (placed, bool) { return draw.At(m.items, m.sel) }

// SetSize sets the page's area.
func (m *List) SetSize(w, h int) { m.width, m.height = w, h }

// Title names the page.
func (m *List) Title() string { return "My orders" }

// CapturesInput: the page has no text input.
func (m *List) CapturesInput() bool { return false }
