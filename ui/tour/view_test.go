package tour

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/ui/draw"
	"lifesim/ui/tour/script"
	"lifesim/ui/uitest"
)

// cellOf is the column where s starts in the plain line l, or -1.
func cellOf(l, s string) int {
	i := strings.Index(l, s)
	if i < 0 {
		return -1
	}
	return draw.Width(l[:i])
}

// TestCaptionBeside: at 120 columns the caption bar is a column right of
// the app, which lays itself out in the rest (its phone centred there).
func TestCaptionBeside(t *testing.T) {
	t.Parallel()
	playWith(t, &run{}, 120, 30, Options{Script: testScript()},
		cue{when: shows("1/4", "space next"), keys: keys("q"), do: func(m *Model) {
			lines := strings.Split(screen(m), "\n")
			appW := 120 - barMinWidth // 120/4 is under the bar's least width
			for i, l := range lines {
				if got := draw.Width(ansi.Cut(l, 0, appW)); got != appW || ansi.Cut(l, appW, appW+3) != " │ " {
					t.Fatalf("line %d: the bar's rule is not at column %d: %q", i, appW+1, l)
				}
			}
			if c := cellOf(lines[0], "╭"); c != (appW-50)/2 {
				t.Errorf("the phone starts at column %d, want %d (centred in %d columns)", c, (appW-50)/2, appW)
			}
			if c := cellOf(lines[0], "1/4"); c != appW+3 {
				t.Errorf("the counter is at column %d, want %d", c, appW+3)
			}
			joined := strings.Join(lines, " ")
			if !strings.Contains(strings.Join(strings.Fields(joined), " "), "│ Alipay moved Life") {
				t.Errorf("the caption is not in the bar:\n%s", screen(m))
			}
			if mode := m.View().MouseMode; mode != tea.MouseModeNone {
				t.Errorf("the tour asks the terminal for mouse mode %v: the presenter drives it with keys", mode)
			}
		}},
	)
}

// TestCaptionBelow: under 110 columns the caption bar takes the last rows
// (the counter and state on one line, then the caption), and the app
// lays itself out in the rows above.
func TestCaptionBelow(t *testing.T) {
	t.Parallel()
	playWith(t, &run{}, 100, 30, Options{Script: testScript()},
		cue{when: shows("1/4", "space next"), keys: keys("q"), do: func(m *Model) {
			lines := strings.Split(screen(m), "\n")
			appH := 30 - belowRows
			// The phone takes all the app's rows but its help line.
			if !strings.Contains(lines[appH-2], "╰") || !strings.Contains(lines[appH-1], "q quit") {
				t.Errorf("the phone does not end at row %d with its help under it:\n%s", appH-2, screen(m))
			}
			if !strings.HasPrefix(lines[appH], "── 1/4 ── space next · ← back · p auto · q quit ─") {
				t.Errorf("row %d is not the counter's rule: %q", appH, lines[appH])
			}
			if !strings.HasPrefix(lines[appH+1], " Alipay moved Life into the centre") {
				t.Errorf("row %d is not the caption: %q", appH+1, lines[appH+1])
			}
		}},
	)
}

// hostileScript is the test tour with captions that carry terminal
// controls and a long word.
func hostileScript() *script.Script {
	s := testScript()
	s.Steps[0].Caption = "Title \x1b]0;pwned\x07 clear \x1b[2J\x1b[H bidi \u202e evil\u202c bell \a end"
	s.Steps[1].Caption = strings.Repeat("Supercalifragilisticexpialidocious", 4) + " and " + strings.Repeat("word ", 60)
	return s
}

// TestFramesAreExactlyTheTerminal: every frame of a whole tour is exactly
// the terminal's size, and no caption puts a control sequence on it.
func TestFramesAreExactlyTheTerminal(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			t.Parallel()
			r := play(t, sz[0], sz[1], Options{Script: hostileScript(), Pace: Auto, Speed: 10, Headless: true})
			if r.err != nil || r.tour.Err() != nil {
				t.Fatalf("run %v, tour %v", r.err, r.tour.Err())
			}
			for i, f := range r.frames {
				uitest.ExactSize(t, fmt.Sprint("frame ", i), f, sz[0], sz[1])
				if p := uitest.UnsafeControls(f); len(p) > 0 {
					t.Fatalf("frame %d: %v", i, p)
				}
				if p := uitest.FrameProblems(f, sz[0], sz[1]); len(p) > 0 {
					t.Fatalf("frame %d: %v\n%s", i, p, ansi.Strip(f))
				}
			}
		})
	}
}

// TestGoldenCaptionBar: one step settled, the caption bar beside the app
// (120×30) and below it (100×30), with the fixed clock.
func TestGoldenCaptionBar(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{120, 30}, {100, 30}} {
		name := "below"
		if sz[0] >= besideMinWidth {
			name = "beside"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			playWith(t, &run{}, sz[0], sz[1], Options{Script: testScript()},
				press([]string{"1/4", "space next"}, "space"),
				press([]string{"2/4", "space next"}, "space"),
				cue{when: shows("3/4", "space next"), keys: keys("q"), do: func(m *Model) {
					golden.RequireEqual(t, []byte(screen(m)))
				}},
			)
		})
	}
}

// TestPlace: beside from 110 columns, the bar between its least and
// most width; below otherwise, four rows; the two always fill the
// terminal.
func TestPlace(t *testing.T) {
	t.Parallel()
	for w := 40; w <= 240; w++ {
		for _, h := range []int{16, 24, 50} {
			p := placeFor(w, h)
			switch {
			case p.beside != (w >= 110):
				t.Fatalf("%dx%d: beside %v", w, h, p.beside)
			case p.beside && (p.barW < barMinWidth || p.barW > barMaxWidth || p.appW+p.barW != w || p.appH != h):
				t.Fatalf("%dx%d beside: %+v", w, h, p)
			case !p.beside && (p.barH != belowRows || p.appH+p.barH != h || p.appW != w):
				t.Fatalf("%dx%d below: %+v", w, h, p)
			}
		}
	}
}

// TestWrapWords: captions wrap at spaces, never wider than the bar, and
// a caption cut short ends with an ellipsis after a whole word.
func TestWrapWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s      string
		w, max int
		want   []string
	}{
		{"She collects it with one key.", 40, 3, []string{"She collects it with one key."}},
		{"She collects it with one key.", 12, 0, []string{"She collects", "it with one", "key."}},
		{"She collects it with one key.", 12, 2, []string{"She collects", "it with one…"}},
		{"She collects it with one key.", 11, 2, []string{"She", "collects…"}},
		{"one two three four five six", 9, 2, []string{"one two", "three…"}},
		{"Supercalifragilistic", 8, 0, []string{"Supercal", "ifragili", "stic"}},
		{"", 10, 3, nil},
	}
	for _, tc := range tests {
		got := wrapWords(tc.s, tc.w, tc.max)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrapWords(%q, %d, %d) = %q, want %q", tc.s, tc.w, tc.max, got, tc.want)
		}
		for _, l := range got {
			if draw.Width(l) > tc.w {
				t.Errorf("wrapWords(%q, %d, %d): %q is wider", tc.s, tc.w, tc.max, l)
			}
		}
	}
}
