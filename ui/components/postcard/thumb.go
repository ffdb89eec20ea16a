package postcard

import (
	"strings"

	"lifesim/model"
	"lifesim/ui/components/picture"
	"lifesim/ui/draw"
)

// ThumbCells is how wide a card's thumbnail is: a 32×16 picture shrinks
// to 8×4 pixels, two lines beside the body, so the card keeps its height
// and the title its full width. Small, but its colours tell posts apart.
const ThumbCells = 8

// minThumbText is the narrowest the body may get beside a thumbnail; a
// narrower card drops the thumbnail instead.
const minThumbText = 24

// thumb is the width left for the body and the thumbnail's lines, or the
// whole width and none: no picture, no colour (shades this small are
// noise), or no room.
func (c Card) thumb(inner int) (textWidth int, lines []string) {
	if c.Thumb.W == 0 || c.Styles.Colorless || inner-ThumbCells-1 < minThumbText {
		return inner, nil
	}
	pic := c.Thumb.Fit(ThumbCells)
	return inner - pic.W - 1, strings.Split(picture.Render(c.Styles, pic), "\n")
}

// beside puts the text block on the left, width cells wide, and the
// thumbnail's lines on the right, top-aligned; the taller side sets the
// height.
func beside(text string, thumb []string, width int) []string {
	left := strings.Split(text, "\n")
	if len(thumb) == 0 {
		return left
	}
	n := max(len(left), len(thumb))
	out := make([]string, n)
	for i := range n {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(thumb) {
			r = thumb[i]
		}
		out[i] = draw.Fit(l, width, 1) + " " + r
	}
	return out
}

// Thumbs reads the pictures of posts and shrinks them for their cards.
// It does I/O through media (a store's Media), so call it inside a
// command. A picture that cannot be read or decoded is left out: a card is
// still a card without one.
func Thumbs(media func(path string) ([]byte, error), posts []model.Post) map[model.PostID]picture.Picture {
	out := map[model.PostID]picture.Picture{}
	for _, p := range posts {
		path := p.Poster()
		if path == "" {
			continue
		}
		data, err := media(path)
		if err != nil {
			continue
		}
		if pic, err := picture.Decode(data); err == nil {
			out[p.ID] = pic.Fit(ThumbCells)
		}
	}
	return out
}
