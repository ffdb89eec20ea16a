package miniprogram

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/actions"
	"lifesim/ui/screen"
)

// loadedMsg is everything the page shows, read right after the visit was
// recorded.
type loadedMsg struct {
	Owner    screen.Owner
	MP       model.MiniProgram
	Merchant string
	Account  *model.LifeAccount
	State    model.UserState
	Coupons  int
	Err      error
}

// couponsMsg is a fresh count of usable coupons after a state change; Seq
// drops answers overtaken by a later recount.
type couponsMsg struct {
	Owner screen.Owner
	Seq   int
	N     int
}

// merchantReader is implemented by the store (not yet part of
// store.Catalog); without it the page falls back to the account's name.
type merchantReader interface {
	Merchant(id model.MerchantID) (model.Merchant, error)
}

// openAndLoad reads the mini program, records the visit (Recently used and
// the open event with its source) and reads what the page shows. An unknown
// id records nothing.
func openAndLoad(env screen.Env, owner screen.Owner, id model.MiniProgramID, src model.Source) tea.Cmd {
	st, a := env.Store, env.Actor()
	return func() tea.Msg {
		mp, err := st.MiniProgram(id)
		if err != nil {
			return loadedMsg{Owner: owner, Err: err}
		}
		s, err := st.OpenMiniProgram(a, id, src)
		if err != nil {
			return loadedMsg{Owner: owner, Err: err}
		}
		msg := loadedMsg{Owner: owner, MP: mp, State: s, Coupons: usableCoupons(st, s, id, a)}
		if mp.AccountID != "" {
			if acc, err := st.Account(mp.AccountID); err == nil {
				msg.Account = &acc
			}
		}
		msg.Merchant = merchantName(st, mp, msg.Account)
		return msg
	}
}

// merchantName is the merchant's display name, or the bound account's when
// the store cannot say.
func merchantName(st store.Store, mp model.MiniProgram, acc *model.LifeAccount) string {
	if r, ok := st.(merchantReader); ok {
		if m, err := r.Merchant(mp.MerchantID); err == nil && m.Name != "" {
			return m.Name
		}
	}
	if acc != nil {
		return acc.Name
	}
	return ""
}

// countCoupons recounts usable coupons for a new state.
func countCoupons(env screen.Env, owner screen.Owner, seq int, id model.MiniProgramID, s model.UserState) tea.Cmd {
	st, a := env.Store, env.Actor()
	return func() tea.Msg {
		return couponsMsg{Owner: owner, Seq: seq, N: usableCoupons(st, s, id, a)}
	}
}

// usableCoupons counts the claimed, unredeemed coupons of mini program id
// that are valid now. Unknown coupon ids are skipped.
func usableCoupons(st store.Store, s model.UserState, id model.MiniProgramID, a model.Actor) int {
	n := 0
	for _, cc := range s.Unredeemed() {
		c, err := st.Coupon(cc.CouponID)
		if err == nil && c.MiniProgramID == id && !a.At.Before(c.ValidFrom) && a.At.Before(c.ValidUntil) {
			n++
		}
	}
	return n
}

// markGuidanceSeen records that the collection-guidance tip was shown, so
// it shows in no other mini program; the fresh state goes to every screen
// without a notice.
func markGuidanceSeen(env screen.Env, id model.MiniProgramID) tea.Cmd {
	return actions.Act(env, func(s store.Store, a model.Actor) (string, error) {
		return "", s.MarkGuidanceSeen(a, id)
	})
}

// collectFromGuidance collects the mini program while the guidance tip is
// on screen (recorded as guidance_accepted with the collect). src is the
// page's open source.
func collectFromGuidance(env screen.Env, id model.MiniProgramID, name string, src model.Source) tea.Cmd {
	return actions.Act(env, func(s store.Store, a model.Actor) (string, error) {
		if _, err := s.CollectFromGuidance(a, id, src); err != nil {
			return "", err
		}
		return "Added to My Mini Programs · " + model.CleanLine(name), nil
	})
}

// dismissGuidance records leaving the page without collecting while the
// guidance tip was on screen.
func dismissGuidance(env screen.Env, id model.MiniProgramID) tea.Cmd {
	st, a := env.Store, env.Actor()
	return func() tea.Msg {
		if err := st.DismissGuidance(a, id); err != nil {
			return screen.StatusMsg{Err: err}
		}
		return screen.EventLoggedMsg{}
	}
}
