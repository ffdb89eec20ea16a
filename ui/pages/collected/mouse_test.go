package collected

import (
	"fmt"
	"testing"

	"lifesim/model"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// TestClickOpensAPost: a click on either line of a collected post
// selects it and opens it, as enter does; the header's ‹ is back, its
// count is not a button.
func TestClickOpensAPost(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three...)
	clicks := []struct {
		label string
		sel   int
		post  model.PostID
	}{
		{"New Hope Dairy", 1, "post-nh-pasture"},    // the second line
		{"Sunscreen myths", 0, "post-watsons-live"}, // the first
		{"Image-text", 2, "post-kfc-crayfish"},      // the kind, on the right
	}
	for _, sz := range uitest.PhoneSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			d, m := open(t, st, sz.W, sz.H)
			if got := d.RegionAt("‹ Collected posts"); got != hit.Back {
				t.Errorf("the header's ‹ is region %q, want back", got)
			}
			if got := d.RegionAt("3 posts"); got != "" {
				t.Errorf("the count is region %q, want none", got)
			}
			for _, c := range clicks {
				d.Click(c.label)
				want := nav.OpenPostMsg{ID: c.post, Source: model.SourceMyMiniPrograms}
				if got := d.Last(); got != want || m.sel != c.sel {
					t.Errorf("click %q: emitted %#v, selection %d; want %#v, %d", c.label, got, m.sel, want, c.sel)
				}
			}
		})
	}
}
