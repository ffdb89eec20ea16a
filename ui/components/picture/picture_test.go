package picture

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/styles"
)

var (
	red   = color.RGBA{255, 0, 0, 255}
	blue  = color.RGBA{0, 0, 255, 255}
	white = color.RGBA{255, 255, 255, 255}
	black = color.RGBA{0, 0, 0, 255}
	clear = color.RGBA{}
)

// encode makes a PNG whose pixel (x, y) is at(x, y).
func encode(t *testing.T, w, h int, at func(x, y int) color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetRGBA(x, y, at(x, y))
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// stripes: red on top, blue below, in a 4×4 picture.
func stripes(t *testing.T) Picture {
	p, err := Decode(encode(t, 4, 4, func(_, y int) color.RGBA {
		if y < 2 {
			return red
		}
		return blue
	}))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDecode(t *testing.T) {
	t.Parallel()
	p := stripes(t)
	if p.W != 4 || p.H != 4 || p.At(0, 0) != red || p.At(3, 3) != blue {
		t.Fatalf("decoded %dx%d, corners %v %v", p.W, p.H, p.At(0, 0), p.At(3, 3))
	}
	if p.At(-1, 0) != clear || p.At(4, 0) != clear {
		t.Error("outside the picture is not transparent")
	}
	if _, err := Decode([]byte("not a png")); err == nil {
		t.Error("garbage decoded")
	}
}

func TestCellsAndFit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		w, h, max      int
		wantW, wantH   int
		cellsW, cellsH int
	}{
		{32, 16, 48, 32, 16, 32, 8}, // fits: unchanged
		{32, 16, 16, 16, 8, 16, 4},  // halved
		{32, 16, 20, 20, 10, 20, 5}, // shape kept
		{32, 15, 48, 32, 15, 32, 8}, // odd height: the last line is half empty
		{8, 8, 0, 8, 8, 8, 4},       // no room given: left as it is
	} {
		p := Picture{W: tc.w, H: tc.h, Pix: make([]color.RGBA, tc.w*tc.h)}
		q := p.Fit(tc.max)
		cw, ch := q.Cells()
		if q.W != tc.wantW || q.H != tc.wantH || cw != tc.cellsW || ch != tc.cellsH || len(q.Pix) != q.W*q.H {
			t.Errorf("%dx%d fit %d = %dx%d (%d×%d cells); want %dx%d (%d×%d)",
				tc.w, tc.h, tc.max, q.W, q.H, cw, ch, tc.wantW, tc.wantH, tc.cellsW, tc.cellsH)
		}
	}
	// halving keeps the stripes
	q := stripes(t).Fit(2)
	if q.W != 2 || q.H != 2 || q.At(0, 0) != red || q.At(1, 1) != blue {
		t.Errorf("fit stripes = %+v", q)
	}
	// shrinking averages: a red and blue checkerboard becomes purple
	checker, err := Decode(encode(t, 4, 4, func(x, y int) color.RGBA {
		if (x+y)%2 == 0 {
			return red
		}
		return blue
	}))
	if err != nil {
		t.Fatal(err)
	}
	if got := checker.Fit(1).At(0, 0); got != (color.RGBA{127, 0, 127, 255}) {
		t.Errorf("a checkerboard shrinks to %v, want purple", got)
	}
	// mostly transparent stays transparent
	sparse := Picture{W: 2, H: 2, Pix: []color.RGBA{red, clear, clear, clear}}
	if got := sparse.Fit(1).At(0, 0); got != clear {
		t.Errorf("a mostly transparent square shrinks to %v", got)
	}
}

func TestRenderHalfBlocks(t *testing.T) {
	t.Parallel()
	st := styles.Default(true)
	out := Render(st, stripes(t))
	lines := strings.Split(out, "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	for i, l := range lines {
		if lipgloss.Width(l) != 4 || ansi.Strip(l) != "▀▀▀▀" {
			t.Errorf("line %d = %q (width %d)", i, ansi.Strip(l), lipgloss.Width(l))
		}
	}
	// the colours are the pixels': red over red, then blue over blue
	// (truecolor SGR as Lip Gloss writes hex colours)
	if !strings.Contains(lines[0], "38;2;255;0;0") || !strings.Contains(lines[0], "48;2;255;0;0") {
		t.Errorf("top line lacks red fg and bg: %q", lines[0])
	}
	if !strings.Contains(lines[1], "38;2;0;0;255") || !strings.Contains(lines[1], "48;2;0;0;255") {
		t.Errorf("bottom line lacks blue fg and bg: %q", lines[1])
	}
	// a run of equal cells is one span: one reset per line
	if n := strings.Count(lines[0], "\x1b[m"); n != 1 {
		t.Errorf("top line has %d spans, want 1: %q", n, lines[0])
	}
}

func TestRenderTransparentHalves(t *testing.T) {
	t.Parallel()
	st := styles.Default(true)
	p := Picture{W: 3, H: 2, Pix: []color.RGBA{red, clear, clear, clear, blue, clear}}
	got := ansi.Strip(Render(st, p))
	if got != "▀▄ " {
		t.Errorf("got %q; want top-only ▀, bottom-only ▄, empty space", got)
	}
}

func TestShadesWhenColorless(t *testing.T) {
	t.Parallel()
	st := styles.Default(true)
	st.Colorless = true
	p := Picture{W: 4, H: 3, Pix: []color.RGBA{
		black, white, white, clear,
		black, white, black, clear,
		white, black, clear, clear,
	}}
	got := Render(st, p)
	if got != ansi.Strip(got) {
		t.Fatalf("colourless rendering has escape codes: %q", got)
	}
	// black → " ", white → "@", half and half → "+" (the middle of the
	// ramp), transparent → " "; the odd last row has only its top pixel
	if want := " @+ \n@   "; got != want {
		t.Errorf("shades = %q; want %q", got, want)
	}
}
