package ui

import (
	"strconv"

	"charm.land/bubbles/v2/key"

	"lifesim/ui/nav"
)

// tabDigits are every number key a tab may have; a number past the last
// visible slot does nothing rather than reach the screen.
var tabDigits = []string{"1", "2", "3", "4", "5"}

// tabKeys are the number keys of the bar's visible slots, left to right:
// 1 Home, 2 Search, 3 Life, 4 Messages, 5 My Mini Programs, or under
// life_entry=messages, with no Life slot, 1–4 for the four that are
// there. The help lists them, so it always names the right number.
func (a *App) tabKeys() []key.Binding {
	k := a.env.Keys
	named := [nav.NumTabs]key.Binding{
		nav.TabHome: k.Home, nav.TabSearch: k.Search, nav.TabLife: k.Life,
		nav.TabMessages: k.Messages, nav.TabMine: k.Mine,
	}
	slots := a.slots()
	out := make([]key.Binding, len(slots))
	for i, t := range slots {
		n := strconv.Itoa(i + 1)
		out[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, named[t].Help().Desc))
	}
	return out
}

// navKeys are the root's ways around for the short help: inside a
// full-screen mini program back and the capsule's exit (the tab keys do
// nothing there); otherwise back when a page is open, next tab and search.
func (a *App) navKeys() []key.Binding {
	k := a.env.Keys
	if a.inMiniProgram() {
		return []key.Binding{k.Back, k.CloseMiniProgram}
	}
	var out []key.Binding
	if len(a.stack) > 0 {
		out = append(out, k.Back)
	}
	return append(out, k.NextTab, k.Slash)
}

// moveKeys are the root's ways around for the full help.
func (a *App) moveKeys() []key.Binding {
	k := a.env.Keys
	if a.inMiniProgram() {
		return []key.Binding{k.Back, k.CloseMiniProgram}
	}
	return []key.Binding{k.NextTab, k.PrevTab, k.Slash, k.Back}
}
