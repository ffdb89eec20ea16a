package merchant

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/hit"
)

// The pointer on the console. The View records where a click acts, in
// the console's cells: the screens' names on the row of screens, the
// rows of the screen in front, its hints that name a key ("n creates a
// coupon", "enter to write") and the form drawn in the body. A click
// does what the key does there: a screen's name shows it, as its number
// does; a row is selected, as ↑/↓ moving to it would (enter does nothing
// more on the console's rows); a hint does what its key does. While a
// form is open only the form's regions are recorded, since it takes
// every key; while the list of keys is shown, a click anywhere closes
// it, as any key does.

// The ids of the console's own regions; hit.Item(i) is row i of the
// screen in front, and a form's ids are its own (forms/mouse.go).
const (
	screenPrefix = "screen:"
	idNew        = "new"   // "n creates a coupon", "n writes a message"
	idWrite      = "write" // Publish's "enter to write"
	idKeys       = "keys"  // the list of keys: a click closes it
)

// Regions is where the console's last View can be clicked, in its own
// cells (hit.Clickable): the host places them at the terminal's top-left.
func (c *Console) Regions() *hit.Regions { return &c.hits }

// screenIDs are the ids of the screens' names on the row of screens,
// made once so that drawing makes none.
var screenIDs = func() (ids [numScreens]string) {
	for s := range numScreens {
		ids[s] = hit.Numbered(screenPrefix, int(s))
	}
	return ids
}()

// screenOf is the screen a screenID names.
func screenOf(id string) (Screen, bool) {
	i, ok := hit.NumberOf(screenPrefix, id)
	return Screen(i), ok && i < int(numScreens)
}

// click does what the key does where the operator clicked. An open form
// takes it (its own regions are all that is recorded then); the list of
// keys closes. On the Publish screen a click on the post form opens it,
// as enter does, and gives it the click.
func (c *Console) click(id string) tea.Cmd {
	switch {
	case c.form != nil:
		return c.toForm(hit.ClickMsg{ID: id})
	case c.showKeys:
		c.showKeys = false
		return nil
	}
	if s, ok := screenOf(id); ok {
		c.show(s)
		return nil
	}
	switch {
	case id == idNew && (c.screen == Coupons || c.screen == Messages):
		return c.openForm(c.screen)
	case id == idWrite && c.screen == Publish:
		return c.openPost()
	case c.screen == Publish && c.post != nil:
		c.openPost()
		return c.toForm(hit.ClickMsg{ID: id})
	}
	if i, ok := hit.ItemOf(id); ok && i < c.rows(c.screen) {
		c.sel[c.screen] = i
	}
	return nil
}

// recordScreen records screen s's name on the row of screens (row 1 of
// the View): lw cells drawn after its marker (› or a blank) in cell x,
// the marker included. An open form takes every click, and a name cut
// short by the console's width w is not clickable.
func (c *Console) recordScreen(s Screen, x, lw, w int) {
	if c.form == nil && x+1+lw <= w {
		c.hits.Add(screenIDs[s], x, 1, 1+lw, 1, hit.ZItem)
	}
}

// recordBody places the body's regions (c.bodyHits, in the body's cells) in
// the View: below the head, inside the margin, cut to the rows drawn.
func (c *Console) recordBody() {
	if c.showKeys {
		c.hits.Add(idKeys, 0, headRows, c.w, c.bodyHeight(), hit.ZItem)
		return
	}
	c.hits.Merge(c.bodyHits.Within(c.bodyHeight()), margin, headRows)
}
