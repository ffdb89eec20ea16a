package forms

import "lifesim/model"

// compList is the post form's components: what is added, in order, and
// the picker that adds one. Rows are the added components, then "+ Add a
// component" while there is room for another.
type compList struct {
	choices []linkChoice // everything the merchant may link
	added   []linkChoice
	sel     int // the selected row
	picking bool
	pick    int // the picker's selection, into available()
}

// picked is the added components, for the draft.
func (c *compList) picked() []model.Component {
	out := make([]model.Component, 0, len(c.added))
	for _, a := range c.added {
		out = append(out, a.comp)
	}
	return out
}

// full reports whether the post carries as many components as it may.
func (c *compList) full() bool { return len(c.added) >= model.MaxMerchantComponents }

// rows is how many rows the list has.
func (c *compList) rows() int {
	if c.full() {
		return len(c.added)
	}
	return len(c.added) + 1
}

// onAdd reports whether the "+ Add a component" row is selected.
func (c *compList) onAdd() bool { return !c.full() && c.sel == len(c.added) }

// available is the choices not added yet.
func (c *compList) available() []linkChoice {
	var out []linkChoice
	for _, ch := range c.choices {
		if !c.has(ch.comp) {
			out = append(out, ch)
		}
	}
	return out
}

func (c *compList) has(comp model.Component) bool {
	for _, a := range c.added {
		if sameLink(a.comp, comp) {
			return true
		}
	}
	return false
}

// step moves the list's selection, or the picker's, by delta, clamped.
func (c *compList) step(delta int) {
	if c.picking {
		c.pick = clamp(c.pick+delta, len(c.available()))
		return
	}
	c.sel = clamp(c.sel+delta, c.rows())
}

// open starts the picker; false when there is nothing left to add.
func (c *compList) open() bool {
	if c.full() || len(c.available()) == 0 {
		return false
	}
	c.picking, c.pick = true, 0
	return true
}

// add adds the picker's selection and closes the picker.
func (c *compList) add() {
	av := c.available()
	c.picking = false
	if c.pick < 0 || c.pick >= len(av) || c.full() {
		return
	}
	c.added = append(c.added, av[c.pick])
	c.sel = clamp(len(c.added), c.rows())
}

// remove drops the selected component; false when the add row is
// selected.
func (c *compList) remove() bool {
	if c.sel < 0 || c.sel >= len(c.added) {
		return false
	}
	c.added = append(c.added[:c.sel:c.sel], c.added[c.sel+1:]...)
	c.sel = clamp(c.sel, c.rows())
	return true
}

// clamp keeps i within [0, n).
func clamp(i, n int) int { return max(min(i, n-1), 0) }
