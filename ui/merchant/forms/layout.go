package forms

import (
	"strings"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
	"lifesim/ui/styles"
)

// The forms are drawn as rows: a two-cell gutter with the focus marker,
// the field's name in a fixed column, its value, then a note in what is
// left of the width: the field's problem ("✗ amount: …"), or a hint.
// On a wide console the note column grows; the value column stops at
// maxValueWidth, since a date or an amount is never long.

const (
	gutterWidth   = 2
	labelWidth    = 15
	minValueWidth = 16
	maxValueWidth = 42
)

// valueWidth is the value column's width in a form width cells wide:
// about a quarter of it, within bounds.
func valueWidth(width int) int {
	return min(max(width/4, minValueWidth), maxValueWidth)
}

// gutter is the focus marker, or blanks.
func gutter(st *styles.Styles, focused bool) string {
	if focused {
		return st.Cursor.Render("› ")
	}
	return "  "
}

// label is a field's name padded to the label column, accented when
// focused (the gutter's › says so without colour).
func label(st *styles.Styles, name string, focused bool) string {
	style := st.Muted
	if focused {
		style = st.Accent
	}
	name = draw.Truncate(name, labelWidth-1, "…")
	return style.Render(name) + strings.Repeat(" ", labelWidth-draw.Width(name))
}

// fieldRow is one field: gutter, label, value (fitted to vw cells) and
// note, exactly width cells.
func fieldRow(st *styles.Styles, width, vw int, focused bool, name, value, note string) string {
	left := gutter(st, focused) + label(st, name, focused) + draw.Fit(value, vw, 1)
	if note != "" {
		left += "  " + note
	}
	return draw.Fit(left, width, 1)
}

// problemNote is a field's problem as its note, in the error colour with
// a ✗ so it reads without colour.
func problemNote(st *styles.Styles, problem string, width int) string {
	return st.Error.Render(draw.Line("✗ "+problem, width))
}

// maxProblemLines bounds a wrapped problem.
const maxProblemLines = 3

// problemBlock is a problem wrapped to width cells, indent cells in, for
// a column too narrow to hold it on one line.
func problemBlock(st *styles.Styles, problem string, indent, width int) []string {
	text := draw.Block("✗ "+problem, max(width-indent, 1), maxProblemLines)
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = draw.Fit(strings.Repeat(" ", indent)+st.Error.Render(l), width, 1)
	}
	return lines
}

// hintNote is a dim note, cut to width.
func hintNote(st *styles.Styles, hint string, width int) string {
	return st.Subtle.Render(draw.Line(hint, width))
}

// noteWidth is the room left for a note after the value column.
func noteWidth(width, vw int) int {
	return max(width-gutterWidth-labelWidth-vw-2, 0)
}

// choice is a picked value with arrows, for a field ←/→ change.
func choice(st *styles.Styles, text string, width int, many bool) string {
	if !many {
		return st.Text.Render(draw.Line(text, width))
	}
	return st.Muted.Render("‹ ") + st.Text.Render(draw.Line(text, max(width-4, 1))) + st.Muted.Render(" ›")
}

// button is a form's button indent cells in, with the focus marker in
// its gutter and highlighted when focused.
func button(st *styles.Styles, label string, focused bool, indent, width int) string {
	btn := st.Button.Render("[ " + label + " ]")
	if focused {
		btn = st.ButtonOn.Render("[ " + label + " ]")
	}
	return lipgloss.PlaceHorizontal(width, lipgloss.Left, strings.Repeat(" ", max(indent-gutterWidth, 0))+gutter(st, focused)+btn)
}

// newInput is a one-line input in the house style: no prompt, a steady
// cursor, ctrl+v off (the terminal's paste arrives as a PasteMsg and is
// cut to the limit here).
func newInput(st *styles.Styles, placeholder string, limit int) textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = placeholder
	in.CharLimit = limit
	s := textinput.DefaultStyles(st.IsDark)
	s.Cursor.Blink = false
	in.SetStyles(s)
	in.KeyMap.Paste.SetEnabled(false)
	return in
}

// newArea is a text area in the house style, as the compose page's.
func newArea(st *styles.Styles, placeholder string, maxLines int) textarea.Model {
	ta := textarea.New()
	ta.Placeholder = placeholder
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.MaxHeight = maxLines
	ta.KeyMap.Paste.SetEnabled(false)
	s := textarea.DefaultStyles(st.IsDark)
	s.Cursor.Blink = false
	ta.SetStyles(s)
	return ta
}

// areaRows is the text area's rows with its gutter: a bar when focused.
func areaRows(st *styles.Styles, view string, focused bool, width int) []string {
	g := "  "
	if focused {
		g = st.Cursor.Render("▎ ")
	}
	rows := strings.Split(view, "\n")
	for i, r := range rows {
		rows[i] = draw.Fit(g+r, width, 1)
	}
	return rows
}

// messageLine is the form's last line: what went wrong, what is
// happening, or how to save.
func messageLine(st *styles.Styles, width int, problem, busy, hint string) string {
	switch {
	case problem != "":
		return st.Error.Render(draw.Line("✗ "+problem, width))
	case busy != "":
		return st.Muted.Render(draw.Line(busy, width))
	}
	return st.Subtle.Render(draw.Line(hint, width))
}
