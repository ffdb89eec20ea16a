package draw

import "strings"

// Viewport shows a window of a tall column of blocks, keeping the selected
// block in view. It keeps its offset between frames so the view only moves
// when the selection would leave it (not on every key).
type Viewport struct {
	Offset int // first visible line
}

// Render joins blocks vertically and returns the height-line window that
// shows block selected (−1: none; the window stays where it was, clamped).
func (v *Viewport) Render(blocks []string, selected, height int) string {
	var lines []string
	start, end := -1, -1
	for i, b := range blocks {
		if i == selected {
			start = len(lines)
		}
		lines = append(lines, strings.Split(b, "\n")...)
		if i == selected {
			end = len(lines)
		}
	}
	if height <= 0 {
		return ""
	}
	if start >= 0 {
		if start < v.Offset {
			v.Offset = start
		}
		if end > v.Offset+height {
			v.Offset = min(start, end-height)
		}
	}
	v.Offset = max(0, min(v.Offset, len(lines)-height))
	lines = lines[v.Offset:]
	if len(lines) > height {
		lines = lines[:height]
	}
	return strings.Join(lines, "\n")
}

// Clamp keeps a selection index inside [0, n).
func Clamp(i, n int) int {
	if n <= 0 {
		return 0
	}
	return max(0, min(i, n-1))
}
