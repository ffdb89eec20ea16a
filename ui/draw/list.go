package draw

import (
	"fmt"

	"lifesim/ui/styles"
)

// ListBody is the body of a page that lists selectable items (PageView's
// body): the items' blocks, scrolled so that the selected one shows; or,
// with none, what the list holds and how to fill it.
func ListBody(st *styles.Styles, vp *Viewport, blocks []string, sel, w, h int, empty, how string) string {
	if len(blocks) == 0 {
		return "\n" + st.Text.Render(Block(empty, w, 0)) + "\n" + st.Muted.Render(Block(how, w, 0))
	}
	return vp.Render(blocks, sel, h)
}

// Plural counts n of noun for a page header: "1 order", "3 orders".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// At is items[i], and false when i is out of range (nothing selected).
func At[T any](items []T, i int) (T, bool) {
	if i < 0 || i >= len(items) {
		var zero T
		return zero, false
	}
	return items[i], true
}
