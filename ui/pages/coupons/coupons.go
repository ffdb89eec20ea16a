package coupons

import (
	"cmp"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/screen"
)

// held is one claimed coupon with what the page draws for it.
type held struct {
	claim   model.ClaimedCoupon
	coupon  model.Coupon
	program model.MiniProgram // zero if it no longer exists
	status  model.CouponStatus
}

// CardPack is the card pack page.
type CardPack struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	width, height int

	items  []held
	loaded bool
	err    error
	sel    int
	vp     draw.Viewport
	hits   hit.Regions // where the last View can be clicked (mouse.go)
}

// New builds the page; Init loads it.
func New(env screen.Env) *CardPack {
	return &CardPack{env: env, owner: screen.NewOwner(), keys: newKeyMap(env.Keys)}
}

// Init loads the persona's coupons.
func (m *CardPack) Init() tea.Cmd { return m.load() }

// Update dispatches keys, the load result and state changes (a claim or a
// redemption elsewhere reloads the list).
func (m *CardPack) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.owner == m.owner {
			m.loaded, m.err = true, msg.err
			m.items = sortHeld(msg.items)
			m.sel = draw.Clamp(m.sel, len(m.items))
		}
	case screen.StateMsg:
		return m, m.load()
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	}
	return m, nil
}

// sortHeld puts usable coupons first, then not yet valid, used and
// expired; within a status the newest claim first.
func sortHeld(items []held) []held {
	slices.SortStableFunc(items, func(a, b held) int {
		return cmp.Or(cmp.Compare(a.status, b.status), b.claim.ClaimedAt.Compare(a.claim.ClaimedAt))
	})
	return items
}

func (m *CardPack) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.sel = draw.Clamp(m.sel-1, len(m.items))
	case key.Matches(msg, k.Down):
		m.sel = draw.Clamp(m.sel+1, len(m.items))
	case key.Matches(msg, k.Enter):
		return m.use()
	}
	return nil
}

// use opens the selected coupon's mini program, where ordering applies it;
// on a used or expired one it only says so (the rule is the one every
// screen showing a coupon keeps: actions.EnterCoupon).
func (m *CardPack) use() tea.Cmd {
	h, ok := m.selected()
	if !ok {
		return nil
	}
	return actions.EnterCoupon(m.env, h.coupon, h.status.Offer(), model.SourceCardPack)
}

func (m *CardPack) selected() (held, bool) { return draw.At(m.items, m.sel) }

// SetSize sets the page's area.
func (m *CardPack) SetSize(w, h int) { m.width, m.height = w, h }

// Title names the page.
func (m *CardPack) Title() string { return "My coupons" }

// CapturesInput: the page has no text input.
func (m *CardPack) CapturesInput() bool { return false }
