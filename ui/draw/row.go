package draw

import (
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"

	"lifesim/ui/styles"
)

// Span is a run of already-cleaned text and its style.
type Span struct {
	Text  string
	Style lipgloss.Style
}

// Row draws one list line of width w: a two-cell gutter holding the
// cursor when sel, the left segments (truncated to fit), and the right
// segments flush right. A selected line keeps each segment's colour on the
// selection background, filling the whole width.
func Row(st *styles.Styles, sel, cursor bool, w int, left, right []Span) string {
	on := func(s lipgloss.Style) lipgloss.Style {
		if sel {
			return s.Inherit(st.Selected)
		}
		return s
	}
	var b strings.Builder
	switch {
	case cursor:
		b.WriteString(on(st.Cursor).Render("›") + on(lipgloss.NewStyle()).Render(" "))
	default:
		b.WriteString(on(lipgloss.NewStyle()).Render("  "))
	}
	rw := 0
	for _, s := range right {
		rw += Width(s.Text)
	}
	room := w - 2 - rw
	if rw > 0 {
		room-- // keep a space before the right part
	}
	used := 0
	for _, s := range left {
		t := Truncate(s.Text, max(room-used, 0), "…")
		used += Width(t)
		b.WriteString(on(s.Style).Render(t))
	}
	if gap := w - 2 - used - rw; gap > 0 {
		b.WriteString(on(lipgloss.NewStyle()).Render(strings.Repeat(" ", gap)))
	}
	for _, s := range right {
		b.WriteString(on(s.Style).Render(s.Text))
	}
	return b.String()
}

// Icon pads an emoji icon to two cells so names line up.
func Icon(s string) string {
	s = Truncate(model.CleanLine(s), 2, "")
	if w := Width(s); w < 2 {
		s += strings.Repeat(" ", 2-w)
	}
	return s
}

// Text is a Span of text in style.
func Text(text string, style lipgloss.Style) Span { return Span{Text: text, Style: style} }
