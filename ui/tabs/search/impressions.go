package search

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/actions"
)

// impressions records, once per session, an impression at search for
// each merchant's life account behind the results on screen. Which
// account a mini program or post belongs to is read in the command.
func (m *Tab) impressions() tea.Cmd {
	results := m.results
	return actions.ImpressionsOf(m.env, &m.impressed, model.SourceSearch, func(c store.Catalog) ([]actions.Shown, error) {
		out := make([]actions.Shown, 0, len(results))
		for _, r := range results {
			acc, err := accountBehind(c, r)
			if err != nil {
				return nil, fmt.Errorf("search result %s: %w", r.ID, err)
			}
			out = append(out, actions.Shown{Account: actions.MerchantAccount(acc), Detail: r.ID})
		}
		return out, nil
	})
}

// accountBehind is the life account a result shows something of: the
// account itself, a mini program's bound account, a post's author. A mini
// program bound to none, or a post whose author the catalogue does not
// know, has none (the zero account).
func accountBehind(c store.Catalog, r model.SearchResult) (model.LifeAccount, error) {
	id := model.AccountID(r.ID)
	switch r.Kind {
	case model.ResultMiniProgram:
		mp, err := c.MiniProgram(model.MiniProgramID(r.ID))
		if err != nil || mp.AccountID == "" {
			return model.LifeAccount{}, err
		}
		id = mp.AccountID
	case model.ResultPost:
		p, err := c.Post(model.PostID(r.ID))
		if err != nil {
			return model.LifeAccount{}, err
		}
		id = p.AccountID
	}
	acc, err := c.Account(id)
	if errors.Is(err, store.ErrNotFound) {
		return model.LifeAccount{}, nil
	}
	return acc, err
}
