package common

import "charm.land/bubbles/v2/key"

// LifeKeys are the Life channel's keys beyond DESIGN §3's table (which says
// more keys may be added): writing a post, opening the persona's own page,
// and opening its coupons (the card pack). Screens that offer them build
// them once in their key maps.
type LifeKeys struct {
	NewPost, MyPage, Coupons key.Binding
}

// NewLifeKeys builds the Life channel's extra bindings.
func NewLifeKeys() LifeKeys {
	return LifeKeys{
		NewPost: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new post")),
		MyPage:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "my page")),
		Coupons: key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "my coupons")),
	}
}
