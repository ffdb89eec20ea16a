package actions

import (
	"sync"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// Impressions are the merchant's "public touch": a life account's mini
// program, post, coupon or page shown in a public place (search results,
// the Life feed, a payment-success page's offers). One is recorded per
// session, account and place, however often the place is drawn: the
// screen that shows the place keeps the set of accounts it has recorded
// (a tab lives for the session), in its Update when it knows the accounts
// there, or as an Impressed ledger when the command reads them.

// Shown is one thing of a life account's that a public place showed.
type Shown struct {
	Account model.AccountID
	// Detail is what was shown: a mini program, post or coupon id, or the
	// account's own.
	Detail string
}

// Impressed is a session's ledger of the accounts already impressed, per
// place, for ImpressionsOf, whose commands learn the accounts: the screen
// keeps one and hands it to each of them. Only those commands, which may
// run at once, read and write it, so it is guarded by a mutex (the
// screen's Update never touches it). Its zero value is ready to use.
type Impressed struct {
	mu   sync.Mutex
	seen map[impression]bool
}

type impression struct {
	account model.AccountID
	place   model.Source
}

// take keeps the first of shown for each account not yet impressed at
// place, and marks them impressed. Accounts with no id are dropped.
func (l *Impressed) take(place model.Source, shown []Shown) []Shown {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.seen == nil {
		l.seen = map[impression]bool{}
	}
	var out []Shown
	for _, s := range shown {
		k := impression{s.Account, place}
		if s.Account == "" || l.seen[k] {
			continue
		}
		l.seen[k] = true
		out = append(out, s)
	}
	return out
}

// Impressions records an impression at place for each of shown, one
// event each, in order; the screen has left out what it recorded before.
// Shown with no account is skipped. It answers screen.EventLoggedMsg, or
// a StatusMsg with the error.
func Impressions(env screen.Env, place model.Source, shown []Shown) tea.Cmd {
	if len(shown) == 0 {
		return nil
	}
	st, a := env.Store, env.Actor()
	return func() tea.Msg { return record(st, a, place, shown) }
}

// ImpressionsOf is Impressions for things whose accounts are read from the
// catalogue (a mini program's bound account, a post's author): read runs
// in the command, and ledger leaves out the accounts it has recorded at
// place before.
func ImpressionsOf(env screen.Env, ledger *Impressed, place model.Source, read func(store.Catalog) ([]Shown, error)) tea.Cmd {
	st, a := env.Store, env.Actor()
	return func() tea.Msg {
		shown, err := read(st)
		if err != nil {
			return screen.StatusMsg{Err: err}
		}
		return record(st, a, place, ledger.take(place, shown))
	}
}

func record(st store.Store, a model.Actor, place model.Source, shown []Shown) tea.Msg {
	for _, s := range shown {
		if s.Account == "" {
			continue
		}
		if err := st.RecordEvent(model.NewEvent(a, model.EventImpression, string(s.Account), place, s.Detail)); err != nil {
			return screen.StatusMsg{Err: err}
		}
	}
	return screen.EventLoggedMsg{}
}

// MerchantAccount is acc's id when it belongs to a merchant (whose
// console counts impressions), or "" for a creator's or a persona's
// account, which has none: Shown with an empty account is skipped.
func MerchantAccount(acc model.LifeAccount) model.AccountID {
	if acc.MerchantID == "" {
		return ""
	}
	return acc.ID
}
