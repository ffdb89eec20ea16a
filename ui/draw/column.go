package draw

import (
	"strings"
)

// Column is s as a table column of width cells: padded with spaces to the
// width, or, when s is as wide or wider, followed by one space so that the
// next column never touches it. Widths are display cells (wide runes count
// two), so columns of CJK text line up.
func Column(s string, width int) string {
	if w := Width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s + " "
}
