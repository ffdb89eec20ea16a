package postcard

import (
	"strings"
	"time"

	"lifesim/model"
	"lifesim/ui/components/picture"
	"lifesim/ui/draw"
	"lifesim/ui/styles"
)

// Card is one post as a feed card: the account line (name, kind badge, age,
// content form), the title, one or two lines of body, the component chips
// and the counts bar.
type Card struct {
	Styles  *styles.Styles
	Post    model.Post
	Account model.LifeAccount // zero value: the account id is shown instead
	Now     time.Time
	// Liked and Collected are the persona's own marks on the post.
	Liked, Collected bool
	Selected         bool
	// OnProfile drops the account name and badge: the card sits on that
	// account's own page, where repeating them is noise.
	OnProfile bool
	// Thumb is the post's picture (or poster, or cover), shown small beside
	// the body (thumb.go); the zero value shows none.
	Thumb picture.Picture
}

// bodyLines is how much of the body a card previews.
const bodyLines = 2

// chipLines caps the component chips on a card.
const chipLines = 2

// Render draws the card exactly width cells wide.
func (c Card) Render(width int) string {
	st := c.Styles
	box := st.Card
	if c.Selected {
		box = st.CardActive
	}
	inner := width - box.GetHorizontalFrameSize()
	if inner < 8 {
		return draw.Line(c.Post.Title, width)
	}
	lines := []string{c.head(inner)}
	if c.Post.Title != "" {
		lines = append(lines, st.Title.Render(draw.Line(c.Post.Title, inner)))
	}
	if body := model.CleanLine(c.Post.Body); strings.TrimSpace(body) != "" {
		tw, thumb := c.thumb(inner) // the body narrows beside a thumbnail
		lines = append(lines, beside(st.Text.Render(draw.Block(body, tw, bodyLines)), thumb, tw)...)
	}
	lines = append(lines, ChipLines(st, c.Post.Components, inner, chipLines)...)
	counts := Counts(st, c.Post.Counts, c.Liked, c.Collected)
	lines = append(lines, draw.Fit(counts, inner, 1))
	return box.Width(width).Render(strings.Join(lines, "\n"))
}

// head is the card's first line: "› KFC [Brand] · 3d" and the content form
// on the right. The cursor marks the selected card even without colour.
// When the line is tight the content form gets its short form, then the
// badge goes, so the account name stays readable.
func (c Card) head(width int) string {
	st := c.Styles
	cursor := ""
	if c.Selected {
		cursor = st.Cursor.Render("›") + " "
	}
	right := KindMarker(st, c.Post)
	age := st.Muted.Render(model.Age(c.Post.PublishedAt, c.Now))
	if c.OnProfile {
		return draw.Spread(cursor+age, right, width)
	}
	name := model.CleanLine(c.Account.Name)
	if name == "" {
		name = string(c.Post.AccountID)
	}
	badge := ""
	if c.Account.Kind != "" {
		badge = " " + KindBadge(st, c.Account.Kind)
	}
	nameW := func() int {
		return width - draw.Width(cursor) - draw.Width(badge) - draw.Width(age) - 3 - draw.Width(right) - 1
	}
	want := min(draw.Width(name), minName)
	if nameW() < want {
		right = ShortMarker(st, c.Post)
	}
	if nameW() < want {
		badge = ""
	}
	left := cursor + st.Title.Render(draw.Line(name, max(nameW(), 4))) + badge + st.Muted.Render(" · ") + age
	if right == "" {
		return left
	}
	return draw.Spread(left, right, width)
}

// minName is how many cells of an account name a card keeps before it
// shortens the rest of its first line.
const minName = 14

// ChipLines packs the components' chips into at most maxLines lines of
// width cells, two spaces apart; a chip that does not fit is truncated.
func ChipLines(st *styles.Styles, comps []model.Component, width, maxLines int) []string {
	var lines []string
	cur, curW := "", 0
	for _, comp := range comps {
		chip := draw.Line(Chip(comp), width)
		w := draw.Width(chip)
		if curW > 0 && curW+2+w > width {
			lines = append(lines, cur)
			cur, curW = "", 0
		}
		if curW > 0 {
			cur += "  "
			curW += 2
		}
		cur += st.Component.Render(chip)
		curW += w
	}
	if curW > 0 {
		lines = append(lines, cur)
	}
	if len(lines) > maxLines {
		lines = lines[:maxLines]
		// more chips than room: say so rather than dropping them silently
		last := lines[maxLines-1]
		if draw.Width(last)+2 <= width {
			lines[maxLines-1] = last + st.Muted.Render(" …")
		} else {
			lines[maxLines-1] = draw.Truncate(last, width, "…")
		}
	}
	return lines
}
