package forms

import (
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// The pointer on a form. Each form records, as it draws, where a click
// acts, in its own cells (the console places them where it draws the
// form): a field's rows focus it, as tab moving there does (hit.Item of
// the field); a choice's ‹ steps it back and the rest of its value steps
// it on, as ←/→ do; the form's [ … ] button does what ctrl+s does; the
// post form's components, its add row, its "d remove" and the picker's
// items do what enter and d do on them.

// The ids of a form's regions besides its fields' (hit.Item(field)).
const (
	idSave      = "save"         // the form's button: ctrl+s
	idKindPrev  = "kind-prev"    // the kind's ‹
	idKindNext  = "kind-next"    // the kind's value and ›
	idProgPrev  = "program-prev" // the mini program's ‹
	idProgNext  = "program-next" // the mini program's value and ›
	idCompAdd   = "component-add"
	idCompDrop  = "component-remove" // the selected component's "d remove"
	compPrefix  = "component:"       // an added component, by index
	pickPrefix  = "pick:"            // a picker's item, by index into available()
	removeLabel = "d remove"
)

// fieldOf is the field a click on hit.Item(i) focuses, if there are n
// fields.
func fieldOf(id string, n int) (int, bool) {
	i, ok := hit.ItemOf(id)
	return i, ok && i < n
}

// place records a form's regions where its part is drawn: moved by
// (dx, dy), and only on the form's first h rows, which are all a form
// draws above its message line.
type place struct {
	r      *hit.Regions
	dx, dy int
	h      int
}

// rows records rows top..top+n-1 of the part, w cells wide, as id.
func (p place) rows(id string, top, n, w int) {
	top += p.dy
	p.r.Add(id, p.dx, top, w, min(n, p.h-top), hit.ZItem)
}

// button records the cells of row y of the part from x, w wide, as id,
// above the rows.
func (p place) button(id string, x, y, w int) {
	if y+p.dy < p.h {
		p.r.Add(id, p.dx+x, p.dy+y, w, 1, hit.ZButton)
	}
}

// label records where label is drawn on line, row y of the part, as a
// button.
func (p place) label(id, line string, y int, label string) {
	if x, ok := hit.Find(line, label, 0); ok {
		p.button(id, x, y, draw.Width(label))
	}
}

// choice records a choice's value drawn by choice(…, many) on row y,
// its value column starting at cell x and vw cells wide: the ‹ steps
// back (prev), the value and › step on (next).
func (p place) choice(prev, next string, x, y, vw int, text string) {
	shown := draw.Width(draw.Line(text, max(vw-4, 1)))
	p.button(prev, x, y, 2)
	p.button(next, x+2, y, shown+2)
}

// saveButton records the form's button, drawn by button() on line y.
func (p place) saveButton(line string, y int, label string) {
	p.label(idSave, line, y, "[ "+label+" ]")
}
