package draw

import (
	"strings"

	"lifesim/ui/styles"
)

// PageHeader is a pushed page's fixed header: the back arrow ‹ (the one
// mark every page uses, so back looks the same everywhere) and title,
// optional right-aligned text, and a rule under them (two lines).
func PageHeader(st *styles.Styles, title, right string, w int) string {
	return Spread(st.Title.Render("‹")+" "+st.Title.Render(title), right, w) + "\n" +
		st.Subtle.Render(strings.Repeat("─", w))
}

// PageView draws a pushed page of w×h: header, then the body in the space
// left under it. Until the page's data has loaded it shows "Loading…", and
// a load error in place of the body, so every page handles those the same.
func PageView(st *styles.Styles, header string, w, h int, loaded bool, err error, body func(h int) string) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	bh := max(h-strings.Count(header, "\n")-1, 0)
	var mid string
	switch {
	case err != nil:
		mid = st.Error.Render(Block(err.Error(), w, 0))
	case !loaded:
		mid = st.Muted.Render("Loading…")
	default:
		mid = body(bh)
	}
	return Fit(header+"\n"+Fit(mid, w, bh), w, h)
}
