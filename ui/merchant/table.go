package merchant

import (
	"strings"

	"lifesim/ui/draw"
)

// The console's tables are plain text laid out in columns: the first
// column (a name) left-aligned, the figures right-aligned, so they read
// without colour. Cells are clean text already (model.CleanLine).

// columnWidths is the widest cell of each column.
func columnWidths(rows [][]string) []int {
	var widths []int
	for _, r := range rows {
		for i, cell := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], draw.Width(cell))
		}
	}
	return widths
}

// alignRow lays a row out: its first cell left-aligned, the others
// right-aligned, gap spaces apart.
func alignRow(row []string, widths []int, gap int) string {
	if len(row) == 0 {
		return ""
	}
	return padRight(row[0], widths[0]) + strings.Repeat(" ", gap) + rightRow(row[1:], widths[1:], gap)
}

// rightRow lays cells out right-aligned, gap spaces apart.
func rightRow(cells []string, widths []int, gap int) string {
	var b strings.Builder
	for i, cell := range cells {
		if i > 0 {
			b.WriteString(strings.Repeat(" ", gap))
		}
		b.WriteString(padLeft(cell, widths[i]))
	}
	return b.String()
}

// padRight is s, cut or padded with spaces to w cells.
func padRight(s string, w int) string {
	if sw := draw.Width(s); sw < w {
		return s + strings.Repeat(" ", w-sw)
	}
	return draw.Truncate(s, w, "…")
}

// padLeft is s right-aligned in w cells (never cut: figures are whole).
func padLeft(s string, w int) string {
	if sw := draw.Width(s); sw < w {
		return strings.Repeat(" ", w-sw) + s
	}
	return s
}
