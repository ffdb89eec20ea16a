package forms

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

// Every command captures only the store and plain values, calls the
// store, and returns a message tagged with the form's owner, so a form
// closed and opened again ignores the old one's answers.

// programsMsg is the scope's mini programs, named.
type programsMsg struct {
	owner    screen.Owner
	programs []model.MiniProgram
	err      error
}

// couponSavedMsg is the committed coupon, or the store's refusal.
type couponSavedMsg struct {
	owner  screen.Owner
	coupon model.Coupon
	err    error
}

// closeForm tells the console the operator left the form unsaved.
func closeForm(owner int) tea.Cmd {
	return func() tea.Msg { return ClosedMsg{Owner: owner} }
}

// loadPrograms reads the mini programs' names.
func loadPrograms(st Store, owner screen.Owner, ids []model.MiniProgramID) tea.Cmd {
	return func() tea.Msg {
		ps, err := st.MiniPrograms(ids)
		return programsMsg{owner: owner, programs: ps, err: err}
	}
}

// createCoupon writes the coupon as the operator, now.
func createCoupon(d Deps, owner screen.Owner, spec model.CouponSpec) tea.Cmd {
	st, a, acc := d.Store, d.Actor(), d.Account.ID
	return func() tea.Msg {
		c, err := st.CreateCoupon(a, acc, spec)
		return couponSavedMsg{owner: owner, coupon: c, err: err}
	}
}

// choicesMsg is the scope read fresh and what a post may link.
type choicesMsg struct {
	owner   screen.Owner
	scope   model.MerchantScope
	choices []linkChoice
	err     error
}

// postSavedMsg is the published post, or the store's refusal.
type postSavedMsg struct {
	owner screen.Owner
	post  model.Post
	err   error
}

// sentMsg is the sent message, or the store's refusal.
type sentMsg struct {
	owner screen.Owner
	sent  model.MerchantMessage
	err   error
}

// loadChoices reads the account's scope as it is now (a coupon created a
// moment ago is in it) and names everything in it a post may link.
func loadChoices(st Store, owner screen.Owner, acc model.AccountID) tea.Cmd {
	return func() tea.Msg {
		scope, err := st.MerchantScope(acc)
		if err != nil {
			return choicesMsg{owner: owner, err: err}
		}
		choices, err := linkChoices(st, scope)
		return choicesMsg{owner: owner, scope: scope, choices: choices, err: err}
	}
}

// publishPost writes the post as the operator, now.
func publishPost(d Deps, owner screen.Owner, draft model.MerchantDraft) tea.Cmd {
	st, a, acc := d.Store, d.Actor(), d.Account.ID
	return func() tea.Msg {
		p, err := st.PublishAsMerchant(a, acc, draft)
		return postSavedMsg{owner: owner, post: p, err: err}
	}
}

// sendMessage sends text to the account's followers as the operator, now.
func sendMessage(d Deps, owner screen.Owner, text string) tea.Cmd {
	st, a, acc := d.Store, d.Actor(), d.Account.ID
	return func() tea.Msg {
		m, err := st.SendMessage(a, acc, text)
		return sentMsg{owner: owner, sent: m, err: err}
	}
}
