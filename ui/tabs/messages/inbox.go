package messages

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// The inbox is the messages the accounts the persona follows sent to
// their followers from the merchant console (store.Inbox). It is read on
// Init, on every state change (a follow or unfollow changes it) and each
// time the tab comes back into view (Enter): a console may have sent one
// meanwhile.

// letter is one message with the name of the account that sent it.
type letter struct {
	msg  model.MerchantMessage
	from model.LifeAccount // ID and Name only, the id as name if unknown
}

// inboxMsg answers loadInbox.
type inboxMsg struct {
	owner   screen.Owner
	letters []letter
	err     error
}

// loadInbox reads the persona's inbox, newest first, and the senders'
// names.
func (m *Tab) loadInbox() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	return func() tea.Msg {
		msgs, err := st.Inbox(p)
		if err != nil {
			return inboxMsg{owner: owner, err: fmt.Errorf("messages from accounts you follow: %w", err)}
		}
		letters, err := withSenders(st, msgs)
		return inboxMsg{owner: owner, letters: letters, err: err}
	}
}

// withSenders pairs each message with its account, read once per
// account; an account the catalogue does not know is named by its id.
func withSenders(st store.Catalog, msgs []model.MerchantMessage) ([]letter, error) {
	accounts := map[model.AccountID]model.LifeAccount{}
	out := make([]letter, 0, len(msgs))
	for _, msg := range msgs {
		a, ok := accounts[msg.Account]
		if !ok {
			var err error
			a, err = st.Account(msg.Account)
			switch {
			case errors.Is(err, store.ErrNotFound):
				a = model.LifeAccount{ID: msg.Account, Name: string(msg.Account)}
			case err != nil:
				return nil, err
			}
			accounts[msg.Account] = a
		}
		out = append(out, letter{msg: msg, from: a})
	}
	return out, nil
}

// Enter reads the inbox again as the tab comes back into view.
func (m *Tab) Enter() tea.Cmd { return m.loadInbox() }
