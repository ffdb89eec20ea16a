package hit

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/draw"
)

// The Z of each kind of region: higher is above, and wins where two
// overlap.
const (
	ZItem   = 1 // a list item, card, row or tile
	ZButton = 2 // a button drawn on an item or a header
	ZPopup  = 3 // a pop-up over the page: its buttons, and the blank that swallows clicks around them
)

// Regions is what one View drew that a click acts on, in that View's
// cells: (0, 0) is its top-left. The zero value is empty and ready.
type Regions struct {
	list []region
}

type region struct {
	id         string
	x, y, w, h int
	z          int
}

// Reset forgets every region, at the start of a View that draws afresh.
func (r *Regions) Reset() { r.list = r.list[:0] }

// Len is how many regions there are.
func (r *Regions) Len() int { return len(r.list) }

// Add records a w×h region at (x, y) named id; an empty id or size
// records nothing.
func (r *Regions) Add(id string, x, y, w, h, z int) {
	if id == "" || w <= 0 || h <= 0 {
		return
	}
	r.list = append(r.list, region{id: id, x: x, y: y, w: w, h: h, z: z})
}

// Within is the regions cut to the first h rows: what a View shows when
// only h of its rows are drawn.
func (r *Regions) Within(h int) Regions {
	var out Regions
	for _, g := range r.list {
		if g.y+g.h > h {
			g.h = h - g.y
		}
		if g.h > 0 && g.y >= 0 {
			out.list = append(out.list, g)
		}
	}
	return out
}

// Merge records every region of o, moved by (dx, dy): a component's
// regions placed where the screen drew the component.
func (r *Regions) Merge(o Regions, dx, dy int) {
	for _, g := range o.list {
		g.x += dx
		g.y += dy
		r.list = append(r.list, g)
	}
}

// Label records the cells where label is drawn on line (a drawn line,
// styled or not) as region id, on row y of the View. It finds label's
// first occurrence at or after cell from, and reports whether it was
// there: a label cut short by the width is not clickable.
func (r *Regions) Label(id, line string, y, z int, label string) bool {
	return r.LabelFrom(id, line, 0, y, z, label)
}

// LabelFrom is Label looking only at or right of cell from.
func (r *Regions) LabelFrom(id, line string, from, y, z int, label string) bool {
	x, ok := Find(line, label, from)
	if ok {
		r.Add(id, x, y, draw.Width(label), 1, z)
	}
	return ok
}

// Find is the cell at which label first starts on the drawn line, at or
// after cell from (styling is ignored; widths are the terminal's).
func Find(line, label string, from int) (int, bool) {
	plain := ansi.Strip(line)
	if from > 0 {
		plain = ansi.Cut(plain, from, draw.Width(plain))
	}
	i := strings.Index(plain, label)
	if i < 0 {
		return 0, false
	}
	return from + draw.Width(plain[:i]), true
}

// Blocks records each block a Viewport showed (draw.Viewport.Shown) as
// a full-width region: the window is drawn w cells wide starting on row
// top of the View. id names block i's region, or "" when it is not
// clickable (a section heading).
func (r *Regions) Blocks(shown []draw.Shown, top, w, z int, id func(block int) string) {
	for _, s := range shown {
		r.Add(id(s.Block), 0, top+s.Top, w, s.Lines, z)
	}
}

// Lines records what a Viewport showed (draw.Viewport.Shown) line by
// line, for blocks whose lines do not all act alike: id names line
// `line` of block b, "" where a click does nothing. Neighbouring lines
// with one id make one region, w wide, on the View's rows from top.
func (r *Regions) Lines(shown []draw.Shown, top, w, z int, id func(b, line, lines int) string) {
	for _, sh := range shown {
		run, from := "", 0
		for k := 0; k <= sh.Lines; k++ {
			cur := ""
			if k < sh.Lines {
				cur = id(sh.Block, sh.From+k, sh.Height)
			}
			if cur != run {
				r.Add(run, 0, top+sh.Top+from, w, k-from, z)
				run, from = cur, k
			}
		}
	}
}

// Layer is the regions as one Lip Gloss layer at (x, y): a blank parent
// (never hit itself) with a child layer per region, each with its id and
// Z, which the root adds to its compositor.
func (r *Regions) Layer(x, y int) *lipgloss.Layer {
	parent := lipgloss.NewLayer("").X(x).Y(y)
	for _, g := range r.list {
		parent.AddLayers(lipgloss.NewLayer(box(g.w, g.h)).ID(g.id).X(g.x).Y(g.y).Z(g.z))
	}
	return parent
}

// At is the id of the top-most region at (x, y) of these regions' own
// cells, "" where there is none: what a click there on the screen alone
// would press.
func (r *Regions) At(x, y int) string {
	return lipgloss.NewCompositor(r.Layer(0, 0)).Hit(x, y).ID()
}

// box is a w×h block of blank cells: a region's content, whose size is
// its bounds.
func box(w, h int) string {
	line := strings.Repeat(" ", w)
	return strings.TrimSuffix(strings.Repeat(line+"\n", h), "\n")
}
