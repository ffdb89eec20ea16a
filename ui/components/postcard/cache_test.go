package postcard

import (
	"image/color"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/styles"
)

// TestCacheFollowsTheCard draws a card, then each change a screen can
// make to it, through one Cache, going back and forth: every time the
// cache must give what the card draws now, never a card drawn before.
func TestCacheFollowsTheCard(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	st := styles.Default(true)
	base := Card{
		Styles:  st,
		Account: model.LifeAccount{ID: "kfc", Name: "KFC", Kind: model.KindBrand},
		Post: model.Post{
			ID: "p", AccountID: "kfc", Kind: model.PostImageText, Title: "New Year's Crayfish Series",
			Body: "Spicy, juicy crayfish is back for the New Year.", PublishedAt: now.Add(-3 * time.Hour),
			Components: []model.Component{{Kind: model.ComponentCoupon, Label: "Claim ¥10 off"}},
			Counts:     model.Counts{Likes: 41, Comments: 3, Collects: 40, Forwards: 1},
		},
		Now: now,
	}
	variants := map[string]func(c *Card){
		"liked":          func(c *Card) { c.Liked = true },
		"collected":      func(c *Card) { c.Collected = true },
		"selected":       func(c *Card) { c.Selected = true },
		"a like counted": func(c *Card) { c.Post.Counts.Likes++ },
		"older":          func(c *Card) { c.Now = now.Add(24 * time.Hour) },
		"on its profile": func(c *Card) { c.OnProfile = true },
		"renamed":        func(c *Card) { c.Account.Name = "KFC China" },
		"another kind":   func(c *Card) { c.Account.Kind = model.KindCreator },
		"retitled":       func(c *Card) { c.Post.Title = "Crayfish" },
		"another body":   func(c *Card) { c.Post.Body = "Gone." },
		"a video":        func(c *Card) { c.Post.Kind, c.Post.DurationSec = model.PostVideo, 92 },
		"another chip": func(c *Card) {
			c.Post.Components = []model.Component{{Kind: model.ComponentGroup, Label: "Claim ¥10 off"}}
		},
		"a thumbnail":  func(c *Card) { c.Thumb = solid(color.RGBA{200, 0, 0, 255}).Fit(ThumbCells) },
		"another post": func(c *Card) { c.Post.ID, c.Account = "q", model.LifeAccount{} },
	}
	var cache Cache
	check := func(name string, c Card, width int) {
		t.Helper()
		if got, want := cache.Render(c, width), c.Render(width); got != want {
			t.Fatalf("%s at %d: the cache gave\n%s\nwant\n%s", name, width, ansi.Strip(got), ansi.Strip(want))
		}
	}
	for name, change := range variants {
		c := base
		change(&c)
		if c.Render(46) == base.Render(46) {
			t.Fatalf("%s: the change draws nothing different; the test would prove nothing", name)
		}
		for _, width := range []int{46, 38} { // and a resize
			check("the card", base, width)
			check(name, c, width)
			check("the card again", base, width)
		}
	}
	if cache.Len() > cacheCap {
		t.Fatalf("the cache holds %d cards, more than %d", cache.Len(), cacheCap)
	}
}

// TestCacheFollowsTheTheme changes the styles in place, as the root does
// when it learns the terminal's background or that it has no colour.
func TestCacheFollowsTheTheme(t *testing.T) {
	t.Parallel()
	st := styles.For(true, false)
	c := Card{Styles: st, Post: model.Post{ID: "p", Title: "Crayfish", Body: "Back."}, Selected: true}
	var cache Cache
	for _, theme := range []*styles.Styles{styles.For(false, false), styles.For(false, true), styles.For(true, false)} {
		before := cache.Render(c, 46)
		*st = *theme
		if got, want := cache.Render(c, 46), c.Render(46); got != want || got == before {
			t.Fatalf("after a theme change (dark %v, colourless %v) the cache gave the card drawn before", theme.IsDark, theme.Colorless)
		}
	}
}

// TestCacheIsBounded draws more cards than the cache keeps: it starts
// again rather than growing.
func TestCacheIsBounded(t *testing.T) {
	t.Parallel()
	var cache Cache
	c := Card{Styles: styles.Default(true), Post: model.Post{Title: "Post"}}
	for i := range 3 * cacheCap {
		c.Post.Counts.Likes = int64(i)
		cache.Render(c, 46)
		if cache.Len() > cacheCap {
			t.Fatalf("%d cards kept after %d drawn", cache.Len(), i+1)
		}
	}
}
