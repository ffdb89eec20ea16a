package merchant

import (
	"strings"

	"lifesim/ui/draw"
)

// publishHead is the lines above the post form on the Publish screen.
const publishHead = 2

// publishView is the post form itself, under a line that says where the
// post goes and, while the form is closed, how to start writing.
func (c *Console) publishView(w, h int) string {
	st := c.opts.Styles
	if c.post == nil {
		return st.Muted.Render("Opening the post form…")
	}
	note := "it leads your followers' Following feeds at once"
	if c.form != c.post {
		note = "enter to write · " + note
	}
	head := c.section("Publish", note, w)
	form := draw.Fit(c.post.View(), w, max(h-publishHead, 1))
	return strings.Join([]string{head, "", form}, "\n")
}
