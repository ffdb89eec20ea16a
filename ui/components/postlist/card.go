package postlist

import "lifesim/ui/components/postcard"

// Card is the i-th post as a card: its account, thumbnail and the
// persona's marks filled in. The screen may set more (OnProfile) before
// rendering it.
func (l *List) Card(i int, selected bool) postcard.Card {
	p := l.posts[i]
	return postcard.Card{
		Styles:    l.env.Styles,
		Post:      p,
		Account:   l.accounts[p.AccountID],
		Thumb:     l.thumbs.Get(p.ID),
		Now:       l.env.Clock(),
		Liked:     l.state.Liked(p.ID),
		Collected: l.state.CollectedPost(p.ID),
		Selected:  selected,
	}
}

// Render draws c, a card from Card (the screen may have set more), from
// the list's cache of drawn cards when it was drawn before with the same
// marks, counts, selection and width (postcard.Cache).
func (l *List) Render(c postcard.Card, width int) string {
	return l.cards.Render(c, width)
}
