// Package picture draws small images (a post's photo, a video frame) in the
// terminal: two pixels per cell with the half-block "▀" coloured from the
// image, or ASCII shades when the terminal has no colour. It decodes and
// scales in pure functions, so the work can run in a command and the
// drawing can be tested without a terminal.
package picture

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"strings"

	"lifesim/ui/styles"
)

// Picture is an image as a grid of colours, row by row. A pixel with
// alpha below half is transparent: the terminal's own background shows.
type Picture struct {
	W, H int
	Pix  []color.RGBA
}

// Decode reads a PNG into a Picture.
func Decode(data []byte) (Picture, error) {
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return Picture{}, fmt.Errorf("picture: %w", err)
	}
	b := img.Bounds()
	p := Picture{W: b.Dx(), H: b.Dy(), Pix: make([]color.RGBA, b.Dx()*b.Dy())}
	for y := 0; y < p.H; y++ {
		for x := 0; x < p.W; x++ {
			p.Pix[y*p.W+x] = color.RGBAModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.RGBA)
		}
	}
	return p, nil
}

// At is the pixel at (x, y); outside the picture it is transparent.
func (p Picture) At(x, y int) color.RGBA {
	if x < 0 || y < 0 || x >= p.W || y >= p.H {
		return color.RGBA{}
	}
	return p.Pix[y*p.W+x]
}

// Cells is the picture's size in terminal cells: one column per pixel,
// one line per two pixel rows.
func (p Picture) Cells() (w, h int) { return p.W, (p.H + 1) / 2 }

// Fit scales the picture down, keeping its shape, so it is at most
// maxCells cells wide. Each new pixel is the average of the pixels it
// covers, so a thumbnail keeps the colours of what it shrinks. It never
// scales up.
func (p Picture) Fit(maxCells int) Picture {
	if p.W <= maxCells || maxCells <= 0 || p.W == 0 {
		return p
	}
	w := maxCells
	h := max(p.H*w/p.W, 1)
	q := Picture{W: w, H: h, Pix: make([]color.RGBA, w*h)}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			q.Pix[y*w+x] = p.average(x*p.W/w, y*p.H/h, max((x+1)*p.W/w, x*p.W/w+1), max((y+1)*p.H/h, y*p.H/h+1))
		}
	}
	return q
}

// average is the mean colour of the opaque pixels in [x0, x1) × [y0, y1),
// transparent when most of them are.
func (p Picture) average(x0, y0, x1, y1 int) color.RGBA {
	var r, g, b, n, all int
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			all++
			if c := p.At(x, y); opaque(c) {
				r, g, b, n = r+int(c.R), g+int(c.G), b+int(c.B), n+1
			}
		}
	}
	if n == 0 || 2*n < all {
		return color.RGBA{}
	}
	return color.RGBA{uint8(r / n), uint8(g / n), uint8(b / n), 255}
}

// Render draws the picture as Cells lines: coloured half-blocks, or ASCII
// shades when st.Colorless.
func Render(st *styles.Styles, p Picture) string {
	if st.Colorless {
		return Shades(p)
	}
	return halfBlocks(st, p)
}

// halfBlocks draws each cell as "▀" with the top pixel as foreground and
// the bottom as background. Runs of equal cells share one styled span, so
// a flat sky costs one escape sequence, not thirty-two.
func halfBlocks(st *styles.Styles, p Picture) string {
	_, rows := p.Cells()
	lines := make([]string, rows)
	for r := range rows {
		var b strings.Builder
		for x := 0; x < p.W; {
			top, bottom := p.At(x, 2*r), p.At(x, 2*r+1)
			n := 1
			for x+n < p.W && p.At(x+n, 2*r) == top && p.At(x+n, 2*r+1) == bottom {
				n++
			}
			b.WriteString(cells(st, top, bottom, n))
			x += n
		}
		lines[r] = b.String()
	}
	return strings.Join(lines, "\n")
}

// cells draws n equal cells, leaving transparent halves to the terminal.
func cells(st *styles.Styles, top, bottom color.RGBA, n int) string {
	t, b := opaque(top), opaque(bottom)
	switch {
	case t && b:
		return st.HalfBlock(top, bottom).Render(strings.Repeat("▀", n))
	case t:
		return st.HalfBlock(top, nil).Render(strings.Repeat("▀", n))
	case b:
		return st.HalfBlock(bottom, nil).Render(strings.Repeat("▄", n))
	}
	return strings.Repeat(" ", n)
}

func opaque(c color.RGBA) bool { return c.A >= 128 }

// ramp runs from dark to bright. The shades assume a dark terminal, the
// common case; on a light one the picture reads as a negative, which is
// still a recognisable shape.
const ramp = " .:-=+*#%@"

// Shades draws the picture in ASCII, one character per cell, by the
// brightness of its two pixels: for terminals without colour, where
// half-blocks would all look the same.
func Shades(p Picture) string {
	_, rows := p.Cells()
	lines := make([]string, rows)
	for r := range rows {
		line := make([]byte, p.W)
		for x := range p.W {
			l, n := 0.0, 0
			for _, c := range []color.RGBA{p.At(x, 2*r), p.At(x, 2*r+1)} {
				if opaque(c) {
					l += luma(c)
					n++
				}
			}
			line[x] = ' '
			if n > 0 {
				line[x] = ramp[min(int(l/float64(n)*float64(len(ramp))), len(ramp)-1)]
			}
		}
		lines[r] = string(line)
	}
	return strings.Join(lines, "\n")
}

// luma is perceived brightness in [0, 1] (Rec. 601 weights).
func luma(c color.RGBA) float64 {
	return (0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B)) / 255
}
