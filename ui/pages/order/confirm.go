package order

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// maxQty is the most of one service a simulated order takes.
const maxQty = 9

// Confirm is the order confirmation page for one service.
type Confirm struct {
	env   screen.Env
	owner screen.Owner
	mp    model.MiniProgram
	svc   model.Service
	keys  pageKeys

	width, height int

	qty       int
	coupons   []model.Coupon // claimed, unredeemed, for this mini program
	loaded    bool
	loadErr   error
	useCoupon bool // the best applicable coupon is applied (space toggles)
	paying    bool
	err       error // the last payment failure, shown until the next try

	hits hit.Regions // where the last View can be clicked (mouse.go)
}

// NewConfirm builds the confirm page for service svc of mini program mp.
func NewConfirm(env screen.Env, msg nav.OpenOrderMsg) *Confirm {
	mp, svc := msg.MiniProgram, msg.Service
	return &Confirm{env: env, owner: screen.NewOwner(), mp: mp, svc: svc, keys: newPageKeys(env.Keys),
		qty: 1, useCoupon: true}
}

// Init loads the persona's coupons for this mini program.
func (c *Confirm) Init() tea.Cmd { return loadCoupons(c.env, c.owner, c.mp.ID) }

// SetSize sets the area the page draws in.
func (c *Confirm) SetSize(w, h int) { c.width, c.height = w, h }

// Title names the page.
func (c *Confirm) Title() string {
	if c.booking() {
		return "Confirm booking"
	}
	return "Confirm order"
}

// booking reports whether the service is free: it is booked, with no
// quantity, coupon or payment.
func (c *Confirm) booking() bool { return c.svc.Free() }

// CapturesInput is always false: the page has no text input.
func (c *Confirm) CapturesInput() bool { return false }

// Update dispatches keys and this page's command results.
func (c *Confirm) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case couponsMsg:
		if msg.Owner == c.owner {
			c.loaded, c.coupons, c.loadErr = true, msg.Coupons, msg.Err
		}
	case paidMsg:
		if msg.Owner == c.owner {
			return c, c.onPaid(msg)
		}
	case tea.KeyPressMsg:
		return c, c.handleKey(msg)
	case hit.ClickMsg:
		return c, c.click(msg.ID)
	}
	return c, nil
}

func (c *Confirm) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if c.paying {
		return nil // the payment is committing; keys wait for its answer
	}
	k := c.keys
	switch {
	case key.Matches(msg, k.Less):
		c.step(-1)
	case key.Matches(msg, k.More):
		c.step(1)
	case key.Matches(msg, k.Coupon):
		c.toggleCoupon()
	case key.Matches(msg, k.Pay):
		return c.pay()
	case key.Matches(msg, c.env.Keys.Back):
		return screen.Send(nav.BackMsg{})
	}
	return nil
}

// step changes the quantity by delta, within 1 to maxQty; a booking has
// no quantity.
func (c *Confirm) step(delta int) {
	if !c.booking() {
		c.qty = min(maxQty, max(1, c.qty+delta))
	}
}

// toggleCoupon switches the best applicable coupon on or off.
func (c *Confirm) toggleCoupon() {
	if c.canToggleCoupon() {
		c.useCoupon = !c.useCoupon
	}
}

// pay places the order (or the booking) once the coupons have loaded.
func (c *Confirm) pay() tea.Cmd {
	if !c.loaded {
		return nil
	}
	c.paying, c.err = true, nil
	return placeOrder(c.env, c.owner, c.mp, c.svc, c.qty, c.chosen().ID)
}

// onPaid replaces this page with the payment success page, then hands the
// fresh state to the root; on failure the page stays with the error.
func (c *Confirm) onPaid(msg paidMsg) tea.Cmd {
	c.paying = false
	if msg.Err != nil {
		c.err = msg.Err
		return nil
	}
	status := "Paid " + model.FormatYuan(msg.Order.TotalCents) + " · " + model.CleanLine(c.mp.Name)
	if msg.Order.Booking() {
		status = "Booked " + model.CleanLine(msg.Order.Lines[0].Name) + " · " + model.CleanLine(c.mp.Name)
	}
	return tea.Sequence(
		screen.Send(nav.OpenPaymentResultMsg{MiniProgram: c.mp, Order: msg.Order}),
		screen.Send(screen.ActionMsg{Status: status, State: msg.State}),
	)
}

// subtotal is the order before any coupon.
func (c *Confirm) subtotal() int64 { return c.svc.PriceCents * int64(c.qty) }

// best is the best applicable coupon for the current quantity.
func (c *Confirm) best() (model.Coupon, int64, bool) {
	return bestCoupon(c.coupons, c.mp.ID, c.subtotal(), c.env.Clock())
}

// chosen is the coupon the order will use: the best one unless switched
// off; a zero coupon means none.
func (c *Confirm) chosen() model.Coupon {
	if b, _, ok := c.best(); ok && c.useCoupon {
		return b
	}
	return model.Coupon{}
}

// discount is what the chosen coupon takes off.
func (c *Confirm) discount() int64 {
	if _, d, ok := c.best(); ok && c.useCoupon {
		return d
	}
	return 0
}

func (c *Confirm) canToggleCoupon() bool {
	_, _, ok := c.best()
	return ok && !c.booking()
}

// nextThreshold is the spend-threshold coupon closest to applying.
func (c *Confirm) nextThreshold() (model.Coupon, int64, bool) {
	return nextThreshold(c.coupons, c.mp.ID, c.subtotal(), c.env.Clock())
}
