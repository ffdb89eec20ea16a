package postcard

import (
	"image/color"
	"strconv"
	"strings"

	"lifesim/model"
	"lifesim/ui/styles"
)

// Cache keeps the cards a screen has drawn, so that a frame showing a card
// it showed before (a redraw, the selection moving to another card) takes
// its text instead of drawing it again: lipgloss's boxes and the width
// measuring are most of a feed's frame. A card is found again only by
// everything Render reads (key), so a changed mark, count, selection,
// width, age or theme draws it anew. The zero value is ready.
type Cache struct {
	cards map[key]string
}

// cacheCap bounds a Cache: past it, the cache starts again. A screen
// shows a few cards at once; every card from the top of a long feed down
// to the window's last line may be asked for each frame (draw.Viewport),
// so the cap allows a long scroll before the oldest are drawn again.
const cacheCap = 128

// Render is c.Render(width), from the cache when c was drawn before.
func (cc *Cache) Render(c Card, width int) string {
	k := keyOf(c, width)
	if s, ok := cc.cards[k]; ok {
		return s
	}
	s := c.Render(width)
	if cc.cards == nil || len(cc.cards) >= cacheCap {
		cc.cards = make(map[key]string)
	}
	cc.cards[k] = s
	return s
}

// Len is how many cards the cache holds.
func (cc *Cache) Len() int { return len(cc.cards) }

// key is everything Render reads of a card, comparable. The styles are
// changed in place when the theme changes (ui/update.go), so the pointer
// alone would not tell; what tells the themes apart is kept beside it.
type key struct {
	styles          *styles.Styles
	dark, colorless bool
	width           int

	post           model.PostID
	postKind       model.PostKind
	title, body    string
	chips          string // the components' kinds and labels
	counts         model.Counts
	durationSec    int
	viewers        int64
	age            string // the age the head shows, as of the card's Now
	account        model.AccountID
	name           string
	kind           model.AccountKind
	onProfile      bool
	liked          bool
	collected      bool
	selected       bool
	thumbPix       *color.RGBA // a thumbnail's pixels: a post's picture never changes
	thumbW, thumbH int
}

func keyOf(c Card, width int) key {
	k := key{
		styles: c.Styles, width: width,
		post: c.Post.ID, postKind: c.Post.Kind, title: c.Post.Title, body: c.Post.Body,
		chips: chipsKey(c.Post.Components), counts: c.Post.Counts,
		durationSec: c.Post.DurationSec, viewers: c.Post.Viewers,
		age:     model.Age(c.Post.PublishedAt, c.Now),
		account: c.Post.AccountID, name: c.Account.Name, kind: c.Account.Kind,
		onProfile: c.OnProfile, liked: c.Liked, collected: c.Collected, selected: c.Selected,
		thumbW: c.Thumb.W, thumbH: c.Thumb.H,
	}
	if c.Styles != nil {
		k.dark, k.colorless = c.Styles.IsDark, c.Styles.Colorless
	}
	if len(c.Thumb.Pix) > 0 {
		k.thumbPix = &c.Thumb.Pix[0]
	}
	return k
}

// chipsKey is the components as one string: each kind and label, each
// after its length, so no two lists give the same string.
func chipsKey(comps []model.Component) string {
	if len(comps) == 0 {
		return ""
	}
	var b strings.Builder
	for _, c := range comps {
		for _, s := range []string{string(c.Kind), c.Label} {
			b.WriteString(strconv.Itoa(len(s)))
			b.WriteByte(':')
			b.WriteString(s)
		}
	}
	return b.String()
}
