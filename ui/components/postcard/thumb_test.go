package postcard

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/components/picture"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

// a 32×16 picture, all one colour
func solid(c color.RGBA) picture.Picture {
	p := picture.Picture{W: 32, H: 16, Pix: make([]color.RGBA, 32*16)}
	for i := range p.Pix {
		p.Pix[i] = c
	}
	return p
}

func TestCardThumbnail(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	card := func(st *styles.Styles, thumb picture.Picture) Card {
		return Card{
			Styles:  st,
			Account: model.LifeAccount{Name: "KFC", Kind: model.KindBrand},
			Post: model.Post{ID: "p", Kind: model.PostImageText, Title: "New Year's Crayfish Series, all of it",
				Body: "Spicy, juicy crayfish is back for the New Year. Order the meal and claim ¥10 off.", PublishedAt: now},
			Now:   now,
			Thumb: thumb,
		}
	}
	dark := styles.Default(true)
	red := solid(color.RGBA{200, 0, 0, 255})

	out := card(dark, red).Render(48)
	plain := ansi.Strip(out)
	uitest.ExactSize(t, "card with a thumbnail", out, 48, 0)
	if n := strings.Count(plain, strings.Repeat("▀", ThumbCells)); n != 2 {
		t.Errorf("thumbnail drawn on %d lines, want 2 beside the body:\n%s", n, plain)
	}
	if !strings.Contains(plain, "New Year's Crayfish Series, all of it") {
		t.Errorf("the title lost width to the thumbnail:\n%s", plain)
	}
	if !strings.Contains(out, "38;2;200;0;0") {
		t.Error("the thumbnail is not in the picture's colour")
	}
	if got, want := strings.Count(plain, "\n"), strings.Count(ansi.Strip(card(dark, picture.Picture{}).Render(48)), "\n"); got != want {
		t.Errorf("the thumbnail changed the card's height: %d lines, without %d", got, want)
	}

	// none without colour, none on a narrow card, none without a picture
	mono := styles.Default(true)
	mono.Colorless = true
	for name, s := range map[string]string{
		"colourless": card(mono, red).Render(48),
		"narrow":     card(dark, red).Render(30),
		"no picture": card(dark, picture.Picture{}).Render(48),
	} {
		if strings.Contains(s, "▀") {
			t.Errorf("%s: a thumbnail is drawn:\n%s", name, ansi.Strip(s))
		}
	}
}

func TestThumbsReadAndShrink(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 32, 16))
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"media/a.png": b.Bytes(), "media/bad.png": []byte("not a png")}
	media := func(path string) ([]byte, error) {
		if d, ok := files[path]; ok {
			return d, nil
		}
		return nil, errors.New("not found")
	}
	got := Thumbs(media, []model.Post{
		{ID: "a", Image: "media/a.png"},
		{ID: "video", Frames: []string{"media/a.png"}}, // a video's first frame is its poster
		{ID: "bad", Image: "media/bad.png"},
		{ID: "gone", Image: "media/gone.png"},
		{ID: "none"},
	})
	if len(got) != 2 || got["a"].W != ThumbCells || got["a"].H != 4 || got["video"].W != ThumbCells {
		t.Fatalf("thumbs = %v", got)
	}
}
