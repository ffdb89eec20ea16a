package merchant

import (
	"strings"

	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// publishHead is the lines above the post form on the Publish screen.
const publishHead = 2

// writeLabel is the Publish screen's hint that enter starts writing: a
// click on it does what enter does.
const writeLabel = "enter to write"

// publishView is the post form itself, under a line that says where the
// post goes and, while the form is closed, how to start writing.
func (c *Console) publishView(w, h int) string {
	st := c.opts.Styles
	if c.post == nil {
		return st.Muted.Render("Opening the post form…")
	}
	note := "it leads your followers' Following feeds at once"
	if c.form != c.post {
		note = writeLabel + " · " + note
	}
	head := c.section("Publish", note, w)
	if c.form != c.post {
		c.bodyHits.Label(idWrite, head, 0, hit.ZButton, writeLabel)
	}
	formH := max(h-publishHead, 1)
	form := draw.Fit(c.post.View(), w, formH)
	c.bodyHits.Merge(*c.post.Regions(), 0, publishHead) // the form is sized formH: sizeForms
	return strings.Join([]string{head, "", form}, "\n")
}
