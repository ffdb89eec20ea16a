package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
)

// Line makes fixture or user text safe for one line of width cells: control
// sequences removed, newlines flattened, truncated with an ellipsis.
func Line(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return Truncate(model.CleanLine(s), width, "…")
}

// Block makes fixture or user text safe as a paragraph wrapped to width
// cells (long words are broken), at most maxLines lines (0 = no limit).
func Block(s string, width, maxLines int) string {
	if width <= 0 {
		return ""
	}
	lines := strings.Split(ansi.Wrap(model.CleanText(s), width, ""), "\n")
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] = Truncate(lines[maxLines-1]+"…", width, "…")
	}
	return strings.Join(lines, "\n")
}

// Fit pads or cuts a rendered block to exactly width × height cells, so a
// screen always fills the area the root gives it.
func Fit(s string, width, height int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if w := Width(l); w > width {
			l = Truncate(l, width, "")
			lines[i] = l + strings.Repeat(" ", width-Width(l))
		} else if w < width {
			lines[i] = l + strings.Repeat(" ", width-w)
		}
	}
	for len(lines) < height {
		lines = append(lines, strings.Repeat(" ", width))
	}
	return strings.Join(lines, "\n")
}

// Spread puts left and right on one line of width cells, right-aligned.
func Spread(left, right string, width int) string {
	if right == "" {
		return Fit(left, width, 1)
	}
	gap := width - Width(left) - Width(right)
	if gap < 1 {
		return ansi.Truncate(left+" "+right, width, "…")
	}
	return left + strings.Repeat(" ", gap) + right
}
