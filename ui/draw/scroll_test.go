package draw

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// renderAll is Viewport.Render as it was before RenderFunc: every block
// drawn, then the window cut. RenderFunc must show the same window and
// leave the same offset.
func renderAll(v *Viewport, blocks []string, selected, height int) string {
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

// TestRenderFuncShowsWhatRenderAllDid walks random columns of blocks of
// 1–6 lines with random selections, heights and starting offsets.
func TestRenderFuncShowsWhatRenderAllDid(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		blocks := make([]string, r.IntN(12))
		for i := range blocks {
			lines := make([]string, 1+r.IntN(6))
			for j := range lines {
				lines[j] = fmt.Sprintf("b%d.%d", i, j)
			}
			blocks[i] = strings.Join(lines, "\n")
		}
		selected, height, offset := r.IntN(len(blocks)+2)-1, r.IntN(14)-1, r.IntN(30)-2
		want, got := Viewport{Offset: offset}, Viewport{Offset: offset}
		w := renderAll(&want, blocks, selected, height)
		g := got.RenderFunc(len(blocks), func(i int) string { return blocks[i] }, selected, height)
		if g != w || got.Offset != want.Offset {
			t.Fatalf("case %d: %d blocks, selected %d, height %d, offset %d:\ngot  %q (offset %d)\nwant %q (offset %d)",
				n, len(blocks), selected, height, offset, g, got.Offset, w, want.Offset)
		}
		if p := shownProblem(got.Shown(), g); p != "" {
			t.Fatalf("case %d: %s", n, p)
		}
	}
}

// shownProblem checks that the spans cover every line of the window
// once, top to bottom, each on its own block's lines From on ("b<i>.<j>").
func shownProblem(shown []Shown, window string) string {
	var lines []string
	if window != "" {
		lines = strings.Split(window, "\n")
	}
	next := 0
	for _, s := range shown {
		if s.Top != next || s.Lines <= 0 {
			return fmt.Sprintf("span %+v after line %d of %q", s, next, window)
		}
		for k, l := range lines[s.Top : s.Top+s.Lines] {
			if want := fmt.Sprintf("b%d.%d", s.Block, s.From+k); l != want {
				return fmt.Sprintf("span %+v covers %q of %q, want %q", s, l, window, want)
			}
		}
		if s.From+s.Lines > s.Height {
			return fmt.Sprintf("span %+v shows past its block's %d lines", s, s.Height)
		}
		next += s.Lines
	}
	if next != len(lines) {
		return fmt.Sprintf("spans %+v cover %d of the %d lines of %q", shown, next, len(lines), window)
	}
	return ""
}

// TestRenderFuncDrawsOnlyUpToTheWindow: with the first of 100 two-line
// blocks selected in a 5-line window, only the three blocks the window
// shows are drawn.
func TestRenderFuncDrawsOnlyUpToTheWindow(t *testing.T) {
	t.Parallel()
	var drawn []int
	var v Viewport
	got := v.RenderFunc(100, func(i int) string {
		drawn = append(drawn, i)
		return fmt.Sprintf("%d a\n%d b", i, i)
	}, 0, 5)
	if want := "0 a\n0 b\n1 a\n1 b\n2 a"; got != want {
		t.Errorf("window %q; want %q", got, want)
	}
	if fmt.Sprint(drawn) != "[0 1 2]" {
		t.Errorf("drew blocks %v; want [0 1 2]", drawn)
	}
}
