package ui

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
	"lifesim/ui/styles"
)

// Every frame puts the same border around the phone's rows and centres
// it the same way, so the border is drawn once per width and palette and
// the frame is assembled around rows whose width is known: the status
// line, the content and the bars are each exactly InnerWidth wide (they
// are fitted to it), so nothing in them is measured again. Lip Gloss
// would measure every line of the frame three times (the border, the
// centring, the join), which in a room of fifty was the largest part of
// a key's cost (docs/performance.md).

// phoneBorder is the phone's frame for one inner width and palette: its
// top and bottom lines, and what goes left and right of each row.
type phoneBorder struct {
	inner int // the rows' width
	gen   int // the palette's generation (App.stylesGen)
	ok    bool

	top, bottom, left, right string
	width                    int // the whole phone's, frame included
}

// border is the phone's frame for rows of width inner, drawn on first
// use for this width and palette. ok is false if the style is not one
// that can be split into pieces (then the frame is drawn by Lip Gloss).
func (a *App) border(inner int) phoneBorder {
	b := a.phoneBorder
	if b.inner == inner && b.gen == a.stylesGen && b.width > 0 {
		return b
	}
	a.phoneBorder = splitBorder(a.env.Styles, inner)
	a.phoneBorder.gen = a.stylesGen
	return a.phoneBorder
}

// splitBorder draws the phone around one row of inner placeholder cells
// and cuts the drawing into its pieces.
func splitBorder(st *styles.Styles, inner int) phoneBorder {
	b := phoneBorder{inner: inner}
	row := strings.Repeat("x", inner)
	lines := strings.Split(st.Phone.Render(row), "\n")
	if inner <= 0 || len(lines) != 3 || strings.Count(lines[1], row) != 1 {
		return b
	}
	b.left, b.right, _ = strings.Cut(lines[1], row)
	b.top, b.bottom = lines[0], lines[2]
	b.width = draw.Width(b.top)
	b.ok = b.width == draw.Width(lines[1]) && b.width == draw.Width(b.bottom)
	return b
}

// centre is the blank cells left and right of a line width wide centred
// in total cells, split as lipgloss.PlaceHorizontal splits them.
func centre(total, width int) (left, right int) {
	gap := total - width
	if gap <= 0 {
		return 0, 0
	}
	right = int(math.Round(float64(gap) * float64(lipgloss.Center)))
	return gap - right, right
}

// frameLines writes the frame, one line at a time: the phone (its rows
// in the border) then the help line, each centred in left columns, and
// the panel's lines beside them when there is one.
type frameLines struct {
	b     strings.Builder
	left  int      // columns of the phone's side
	panel []string // the observer panel's lines, or none
	n     int      // lines written
}

// line writes one line of the phone's side, width cells wide, padded to
// left columns and followed by the panel's line of the same row.
func (f *frameLines) line(width int, parts ...string) {
	if f.n > 0 {
		f.b.WriteByte('\n')
	}
	l, r := centre(f.left, width)
	f.b.WriteString(strings.Repeat(" ", l))
	for _, p := range parts {
		f.b.WriteString(p)
	}
	f.b.WriteString(strings.Repeat(" ", r))
	if f.n < len(f.panel) {
		f.b.WriteString(f.panel[f.n])
	}
	f.n++
}
