package mine

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/keys"
)

// The keys of My orders and Collected posts. They are the tab's own: no
// other screen opens those pages, and neither letter means anything on
// this tab or globally (P is the persona picker, p only plays a video on
// a post page).
func placeKeys() (orders, collected key.Binding) {
	return key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "my orders")),
		key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "collected posts"))
}

// handleKey moves between and within the two sections, opens the card
// pack, My orders or Collected posts, or acts on the selected mini
// program.
func (m *Tab) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.Down):
		m.move(+1)
	case key.Matches(msg, k.Left):
		m.jump(secFavourites)
	case key.Matches(msg, k.Right):
		m.jump(secRecent)
	case key.Matches(msg, m.coupons):
		return openPlace(idCoupons)
	case key.Matches(msg, m.orders):
		return openPlace(idOrders)
	case key.Matches(msg, m.collected):
		return openPlace(idCollected)
	}
	if e, ok := m.selected(); ok {
		return m.entryKey(msg, e)
	}
	return nil
}

// entryKey acts on the selected mini program: open, collect, and in
// Favourites remove and reorder.
func (m *Tab) entryKey(msg tea.KeyPressMsg, e entry) tea.Cmd {
	k := m.env.Keys
	fav := m.sec == secFavourites
	i, n := m.idx[secFavourites], len(m.favourites())
	switch {
	case key.Matches(msg, k.Enter):
		return open(e)
	case key.Matches(msg, k.Collect):
		return actions.ToggleFavourite(m.env, e.program.ID, e.program.Name, model.SourceMyMiniPrograms)
	case key.Matches(msg, k.Remove) && fav:
		return removeFavourite(m.env, e.program)
	case key.Matches(msg, k.MoveUp) && fav && i > 0:
		m.follow = e.program.ID
		return moveFavourite(m.env, e.program, -1)
	case key.Matches(msg, k.MoveDown) && fav && i < n-1:
		m.follow = e.program.ID
		return moveFavourite(m.env, e.program, +1)
	}
	return nil
}

// move steps through both sections as one list.
func (m *Tab) move(d int) {
	i := m.idx[m.sec] + d
	switch {
	case i >= 0 && i < len(m.list(m.sec)):
		m.idx[m.sec] = i
	case d > 0 && m.sec == secFavourites && len(m.recents()) > 0:
		m.sec, m.idx[secRecent] = secRecent, 0
	case d < 0 && m.sec == secRecent && len(m.favourites()) > 0:
		m.sec, m.idx[secFavourites] = secFavourites, len(m.favourites())-1
	}
}

// jump goes to section s, where its selection was, unless it is empty.
func (m *Tab) jump(s section) {
	if len(m.list(s)) > 0 {
		m.sec = s
	}
}

// ShortHelp lists the keys that work on the selected row.
func (m *Tab) ShortHelp() []key.Binding {
	k := m.env.Keys
	e, ok := m.selected()
	if !ok {
		return m.places()
	}
	out := []key.Binding{k.Up, k.Down}
	if len(m.favourites()) > 0 && len(m.recents()) > 0 {
		out = append(out, key.NewBinding(
			key.WithKeys(append(k.Left.Keys(), k.Right.Keys()...)...),
			key.WithHelp("←→", "section")))
	}
	out = append(out, k.Enter)
	if m.state.Collected(e.program.ID) {
		out = append(out, keys.Relabel(k.Collect, "uncollect"))
	} else {
		out = append(out, k.Collect)
	}
	if m.sec == secFavourites {
		n := len(m.favourites())
		if n > 1 {
			out = append(out, key.NewBinding(
				key.WithKeys(append(k.MoveUp.Keys(), k.MoveDown.Keys()...)...),
				key.WithHelp("K/J", "reorder")))
		}
		out = append(out, k.Remove)
	}
	return append(out, m.places()...)
}

// places are the keys to the persona's records; they work whatever is
// selected, even on an empty tab.
func (m *Tab) places() []key.Binding { return []key.Binding{m.coupons, m.orders, m.collected} }

// FullHelp lists the same keys, reordering split into its two moves.
func (m *Tab) FullHelp() [][]key.Binding {
	k := m.env.Keys
	short := m.ShortHelp()
	if m.sec != secFavourites || len(m.favourites()) < 2 {
		return [][]key.Binding{short}
	}
	return [][]key.Binding{short, {k.MoveUp, k.MoveDown}}
}
