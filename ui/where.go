package ui

import "lifesim/ui/draw"

// A room's console shows each participant's current screen. The app tells
// it through Options.OnWhere, from Update and only when the place changed,
// so a key that moves nothing, a tick or a frame costs the console
// nothing.

// maxWhereTitle caps a page's title in Where, in cells: titles come from
// fixtures and users.
const maxWhereTitle = 40

// Where is where the persona is: the tab's name and, when a page is in
// front, its title, cleaned and capped ("Search › KFC").
func (a *App) Where() string {
	w := a.tab.Name()
	if n := len(a.stack); n > 0 {
		if t := draw.Line(a.stack[n-1].Title(), maxWhereTitle); t != "" {
			w += " › " + t
		}
	}
	return w
}

// reportWhere tells OnWhere where the persona is if that changed since it
// was last told. A page still loading has only its placeholder title
// ("Mini program"), so the console hears of it once it has loaded.
func (a *App) reportWhere() {
	if a.onWhere == nil || loading(a.focused()) {
		return
	}
	if w := a.Where(); w != a.where {
		a.where = w
		a.onWhere(w)
	}
}
