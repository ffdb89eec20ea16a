package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/parser"
)

// Width is the cells the widest line of s takes, as lipgloss.Width
// measures it, only faster. Every frame measures most of its lines, and
// Lip Gloss walks the grapheme clusters of every character to do it,
// plain ASCII included; that walk was a third of a room's CPU
// (docs/performance.md). A printable ASCII character followed by another
// ASCII byte is a cluster of its own, one cell wide, so Width counts it
// without the walk, and measures the rest (escape sequences, anything
// beyond ASCII) exactly as ansi.StringWidth does.
func Width(s string) int {
	w := 0
	for {
		line, rest, more := strings.Cut(s, "\n")
		w = max(w, lineWidth(line))
		if !more {
			return w
		}
		s = rest
	}
}

// lineWidth is ansi.StringWidth(s) with the ASCII shortcut.
func lineWidth(s string) int {
	state := parser.GroundState
	width := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if state == parser.GroundState && c >= ' ' && c < 0x7f && (i+1 == len(s) || s[i+1] < 0x80) {
			width++
			continue
		}
		next, action := parser.Table.Transition(state, c)
		if action == parser.PrintAction || next == parser.Utf8State {
			cluster, cw := ansi.FirstGraphemeCluster(s[i:], ansi.GraphemeWidth)
			width += cw
			i += len(cluster) - 1
			state = parser.GroundState
			continue
		}
		state = next
	}
	return width
}

// Truncate is ansi.Truncate(s, width, tail), without measuring s twice
// when it fits.
func Truncate(s string, width int, tail string) string {
	if lineWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, tail)
}
