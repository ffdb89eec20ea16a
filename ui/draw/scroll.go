package draw

import "strings"

// Viewport shows a window of a tall column of blocks, keeping the selected
// block in view. It keeps its offset between frames so the view only moves
// when the selection would leave it (not on every key).
type Viewport struct {
	Offset int // first visible line

	shown []Shown // where the last window showed each block (Shown)
}

// Shown is where block Block showed in the window the last Render
// returned: its lines [Top, Top+Lines) of the window, cut to it, which
// are its own lines [From, From+Lines) of the Height it has. A screen
// turns these into the regions a click acts on (package hit).
type Shown struct{ Block, Top, Lines, From, Height int }

// Shown is where each block the last Render drew showed in its window,
// top to bottom; blocks wholly out of the window are not in it.
func (v *Viewport) Shown() []Shown { return v.shown }

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
	v.shown = v.shown[:0]
	if height <= 0 {
		return ""
	}
	var lines []string
	var starts []int // the line each drawn block starts on
	start, end := -1, -1
	for i := range n {
		if i == selected {
			start = len(lines)
		}
		starts = append(starts, len(lines))
		lines = append(lines, strings.Split(block(i), "\n")...)
		if i == selected {
			end = len(lines)
		}
		if (selected < 0 || i >= selected) && len(lines) >= v.follow(start, end, height)+height {
			break // the window is full: later blocks cannot move it
		}
	}
	v.Offset = max(0, min(v.follow(start, end, height), len(lines)-height))
	v.recordShown(starts, len(lines), height)
	lines = lines[v.Offset:]
	if len(lines) > height {
		lines = lines[:height]
	}
	return strings.Join(lines, "\n")
}

// recordShown keeps where each drawn block (starting on the lines
// starts, the last ending at total) shows in the window of height lines
// at Offset.
func (v *Viewport) recordShown(starts []int, total, height int) {
	for i, s := range starts {
		e := total
		if i+1 < len(starts) {
			e = starts[i+1]
		}
		top, bottom := max(s, v.Offset), min(e, v.Offset+height)
		if top < bottom {
			v.shown = append(v.shown, Shown{Block: i, Top: top - v.Offset, Lines: bottom - top, From: top - s, Height: e - s})
		}
	}
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
