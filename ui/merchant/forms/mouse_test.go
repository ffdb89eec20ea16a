package forms

import (
	"fmt"
	"testing"

	"lifesim/ui/hit"
	"lifesim/ui/uitest"
)

// TestClicksOnlyWhereDrawn: at the console's smallest body and a large
// one, with the picker open or not, no region reaches the message line
// or the column right of the form: a click there does nothing.
func TestClicksOnlyWhereDrawn(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for name, build := range builders {
		for _, size := range [][2]int{{58, 11}, {158, 35}} {
			w, h := size[0], size[1]
			dr := open(t, build, testDeps(t, st, "new-hope-dairy"), w, h)
			for _, keys := range [][]string{nil, {"tab", "tab", "tab", "tab", "enter"}} {
				dr.Keys(keys...)
				_ = dr.form.View()
				r := dr.form.Regions()
				if r.Len() == 0 {
					t.Fatalf("%s at %d×%d records nothing to click", name, w, h)
				}
				what := fmt.Sprint(name, " at ", w, "×", h, " after ", keys)
				var outside [][2]int // the message line, the column right of the form
				for x := range w + 1 {
					outside = append(outside, [2]int{x, h - 1})
				}
				for y := range h {
					outside = append(outside, [2]int{w, y})
				}
				for _, c := range outside {
					if id := r.At(c[0], c[1]); id != "" {
						t.Fatalf("%s: (%d, %d) outside the form's rows is %q", what, c[0], c[1], id)
					}
				}
			}
		}
	}
}

// A click on an id the form no longer draws does nothing: a component
// or a picker's choice that is not there, a field past the last.
func TestStaleClicksDoNothing(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	dr := open(t, NewPost, testDeps(t, st, "new-hope-dairy"), 158, 35)
	before := dr.Plain()
	dr.Send(hit.ClickMsg{ID: compPrefix + "0"}, hit.ClickMsg{ID: pickPrefix + "0"}, hit.ClickMsg{ID: hit.Item(int(numPostFields))},
		hit.ClickMsg{ID: hit.Item(int(pLength))}, hit.ClickMsg{ID: idCompDrop})
	if after := dr.Plain(); after != before {
		t.Fatalf("stale clicks changed the form:\n%s\nwas:\n%s", after, before)
	}
}
