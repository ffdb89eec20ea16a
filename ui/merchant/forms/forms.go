// Package forms holds the merchant console's three forms: a new coupon, a
// post with components, and a message to the account's followers. Each is
// a child model the console (ui/merchant) composes: it takes every key
// while it is open, checks what is typed as the operator types (a problem
// names its field, model.FieldError), and writes through the store in a
// tea.Cmd, so it says "done" only once the write is committed.
package forms

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/hit"
	"lifesim/ui/keys"
	"lifesim/ui/styles"
)

// Store is what the forms read and write.
type Store interface {
	store.Catalog
	store.Merchants
}

// Deps is what every form is built with.
type Deps struct {
	Store   Store
	Styles  *styles.Styles
	Account model.LifeAccount
	Scope   model.MerchantScope // what the post's components may link
	Actor   func() model.Actor  // the operator, now
	Now     func() time.Time    // the simulated clock
	Owner   int                 // told back in SavedMsg, so a replaced console ignores an old answer
	// Keys is the shared key map the forms relabel (tab, esc, enter…);
	// nil means keys.New().
	Keys *keys.Map
	// Followers, when set, is how many followers a message would reach
	// now; the message form says so above its button. Nil, or ok false,
	// leaves the line out (the count is the console's to know cheaply).
	Followers func() (n int, ok bool)
}

// Form is one open form.
type Form interface {
	// Init is the form's first command: the post form reads the scope
	// fresh (coupons just created are offered); nil for the others.
	Init() tea.Cmd
	// Update handles a key, a paste, a click (hit.ClickMsg on one of its
	// Regions) or a result of its own command.
	Update(msg tea.Msg) (Form, tea.Cmd)
	View() string
	// Regions is where the last View can be clicked, in its own cells
	// (hit.Clickable): the console places them where it draws the form.
	Regions() *hit.Regions
	// SetSize gives the form its share of the console.
	SetSize(width, height int)
	// Title names the form in the console's header ("New coupon").
	Title() string
	// ShortHelp and FullHelp are the form's keys for the console's help
	// line (help.KeyMap): only what works in the focused field now.
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// SavedMsg is sent once a form's write has been committed. Notice says
// what was done, as one line ("✓ Coupon created: ¥5 off over ¥20").
type SavedMsg struct {
	Owner  int
	Notice string
	Post   *model.Post            // set by the post form
	Coupon *model.Coupon          // set by the coupon form
	Sent   *model.MerchantMessage // set by the message form
}

// ClosedMsg is sent when the operator leaves a form without saving (esc).
type ClosedMsg struct{ Owner int }
