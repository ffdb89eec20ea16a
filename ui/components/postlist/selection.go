package postlist

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/draw"
	"lifesim/ui/keys"
)

// Selection is a screen's selected row, when its last rows are a List's
// posts, and the viewport that keeps that row in view.
type Selection struct {
	Row int
	VP  draw.Viewport
}

// Move moves the selection by delta within rows and asks l for the next
// page when it nears the end. Back on row 0 the view returns to its top,
// so whatever the screen draws above row 0 (a profile, a group's card)
// shows again.
func (s *Selection) Move(l *List, delta, rows int) tea.Cmd {
	s.Row = draw.Clamp(s.Row+delta, rows)
	if s.Row == 0 {
		s.VP.Offset = 0
	}
	return l.MaybeMore(s.Row, rows)
}

// Scroll moves the selection on the up and down keys (ok reports that msg
// was one of them), as Move does.
func (s *Selection) Scroll(msg tea.KeyPressMsg, k *keys.Map, l *List, rows int) (cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(msg, k.Up):
		return s.Move(l, -1, rows), true
	case key.Matches(msg, k.Down):
		return s.Move(l, 1, rows), true
	}
	return nil, false
}

// Render draws blocks in a window of height lines that keeps the selected
// row in view; index maps selectable row i to its block.
func (s *Selection) Render(blocks []string, index []int, height int) string {
	return s.VP.Render(blocks, index[draw.Clamp(s.Row, len(index))], height)
}

// RenderFunc is Render over n blocks drawn by block(i), drawing only those
// that decide the window (draw.Viewport.RenderFunc): the cards below it
// are never drawn.
func (s *Selection) RenderFunc(n int, block func(i int) string, index []int, height int) string {
	return s.VP.RenderFunc(n, block, index[draw.Clamp(s.Row, len(index))], height)
}
