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
	return v.RenderFunc(len(blocks), func(i int) string { return blocks[i] }, selected, height)
}

// RenderFunc is Render over n blocks drawn by block(i), drawing only what
// decides the window: the blocks down to the window's last line and the
// selected one. Those after are never drawn, so a long feed costs what
// its top costs, not what all its loaded cards do. The window is the one
// Render would show.
func (v *Viewport) RenderFunc(n int, block func(i int) string, selected, height int) string {
	if height <= 0 {
		return ""
	}
	var lines []string
	start, end := -1, -1
	for i := range n {
		if i == selected {
			start = len(lines)
		}
		lines = append(lines, strings.Split(block(i), "\n")...)
		if i == selected {
			end = len(lines)
		}
		if (selected < 0 || i >= selected) && len(lines) >= v.follow(start, end, height)+height {
			break // the window is full: later blocks cannot move it
		}
	}
	v.Offset = max(0, min(v.follow(start, end, height), len(lines)-height))
	lines = lines[v.Offset:]
	if len(lines) > height {
		lines = lines[:height]
	}
	return strings.Join(lines, "\n")
}

// follow is the offset that brings the selected block's lines
// [start, end) into a window of height lines, moving as little as
// possible from where the window is; with no selection (start −1) it
// stays. It is never above the top.
func (v *Viewport) follow(start, end, height int) int {
	off := v.Offset
	if start >= 0 {
		if start < off {
			off = start
		}
		if end > off+height {
			off = min(start, end-height)
		}
	}
	return max(0, off)
}

// Clamp keeps a selection index inside [0, n).
func Clamp(i, n int) int {
	if n <= 0 {
		return 0
	}
	return max(0, min(i, n-1))
}
