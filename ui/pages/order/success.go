package order

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

// Success is the payment success page of one order.
type Success struct {
	env   screen.Env
	owner screen.Owner
	mp    model.MiniProgram
	order model.Order
	keys  pageKeys

	width, height int

	loaded      bool
	err         error // the page's data could not be read
	state       model.UserState
	couponTitle string           // the redeemed coupon, if any
	groups      []merchantOffers // the nearby offers, by merchant
	offers      []offer          // the same, flat: what the selection moves over

	sel  int // selected offer
	vp   draw.Viewport
	hits hit.Regions // where the last View can be clicked (mouse.go)
}

// NewSuccess builds the payment success page for order o, paid in mp.
func NewSuccess(env screen.Env, msg nav.OpenPaymentResultMsg) *Success {
	mp, o := msg.MiniProgram, msg.Order
	return &Success{env: env, owner: screen.NewOwner(), mp: mp, order: o, keys: newPageKeys(env.Keys)}
}

// Init reads the receipt's details and the nearby offers.
func (s *Success) Init() tea.Cmd { return loadSuccess(s.env, s.owner, s.mp, s.order) }

// SetSize sets the area the page draws in.
func (s *Success) SetSize(w, h int) { s.width, s.height = w, h }

// Title names the page.
func (s *Success) Title() string {
	if s.order.Booking() {
		return "Booking confirmed"
	}
	return "Payment successful"
}

// CapturesInput is always false: the page has no text input.
func (s *Success) CapturesInput() bool { return false }

// Update dispatches keys, this page's load result and state refreshes.
func (s *Success) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case successMsg:
		if msg.Owner == s.owner {
			s.loaded, s.err = true, msg.Err
			s.state, s.couponTitle = msg.State, msg.CouponTitle
			s.groups, s.offers = msg.Groups, flatten(msg.Groups)
			s.sel = draw.Clamp(s.sel, len(s.offers))
			return s, tea.Sequence(s.expose(), s.impressions())
		}
	case screen.StateMsg:
		s.state = msg.State
	case tea.KeyPressMsg:
		if s.loaded {
			return s, s.handleKey(msg)
		}
	case hit.ClickMsg:
		return s, s.click(msg.ID)
	}
	return s, nil
}

func (s *Success) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.env.Keys
	switch {
	case key.Matches(msg, k.Up):
		s.sel = draw.Clamp(s.sel-1, len(s.offers))
	case key.Matches(msg, k.Down):
		s.sel = draw.Clamp(s.sel+1, len(s.offers))
	case key.Matches(msg, k.Enter):
		return s.enter()
	case key.Matches(msg, s.keys.Open):
		return s.openMerchant()
	case key.Matches(msg, k.Collect):
		return s.toggleCollect()
	case key.Matches(msg, k.Back):
		return screen.Send(nav.BackMsg{})
	}
	return nil
}

// enter does what the selected offer offers: claims it, or uses it.
func (s *Success) enter() tea.Cmd {
	if o, ok := s.selected(); ok {
		return actions.EnterCoupon(s.env, o.Coupon, s.offer(o), model.SourcePaySuccess)
	}
	return nil
}

// openMerchant opens the mini program of the selected offer's merchant.
func (s *Success) openMerchant() tea.Cmd {
	if o, ok := s.selected(); ok {
		return screen.Send(nav.OpenMiniProgramMsg{ID: o.MiniProgram.ID, Source: model.SourcePaySuccess})
	}
	return nil
}

// toggleCollect collects the mini program paid in, or uncollects it.
func (s *Success) toggleCollect() tea.Cmd {
	return actions.ToggleFavourite(s.env, s.mp.ID, s.mp.Name, model.SourcePaySuccess)
}

// expose records the experiments this page is where they change what the
// persona sees: the nearby offers (not after a booking, which has none),
// and the collect prompt when the mini program is not collected.
func (s *Success) expose() tea.Cmd {
	var offers, guide tea.Cmd
	if !s.order.Booking() {
		offers = actions.Expose(s.env, model.ExpPaySuccessCoupons)
	}
	if s.guidance().Exposes() {
		guide = actions.Expose(s.env, model.ExpCollectGuidance)
	}
	return tea.Sequence(offers, guide)
}

// impressions records the offers shown, one impression at pay_success
// per merchant's life account (the first of its coupons as the detail).
// An offer whose mini program is bound to no account has none.
func (s *Success) impressions() tea.Cmd {
	var shown []actions.Shown
	seen := map[model.AccountID]bool{}
	for _, o := range s.offers {
		if acc := o.MiniProgram.AccountID; acc != "" && !seen[acc] {
			seen[acc] = true
			shown = append(shown, actions.Shown{Account: acc, Detail: string(o.Coupon.ID)})
		}
	}
	return actions.Impressions(s.env, model.SourcePaySuccess, shown)
}

// offersOff reports that the page shows no nearby offers: under
// pay_success_coupons=off, and after a booking, where nothing was paid.
func (s *Success) offersOff() bool { return offersOff(s.env, s.order) }

func offersOff(env screen.Env, o model.Order) bool {
	return !env.Variants.NearbyCouponsOn() || o.Booking()
}

// guidance is the collection-guidance rule for this order's mini program.
func (s *Success) guidance() model.CollectGuidance {
	return model.PaySuccessGuidance(s.state, s.mp.ID, s.env.Variants)
}

// offer is what the offer's coupon offers the persona now: Claim, then Use.
func (s *Success) offer(o offer) model.CouponOffer {
	return model.OfferOf(o.Coupon, s.state, s.env.Clock())
}

// selected is the highlighted offer, if there is any.
func (s *Success) selected() (offer, bool) {
	if s.sel < 0 || s.sel >= len(s.offers) {
		return offer{}, false
	}
	return s.offers[s.sel], true
}
