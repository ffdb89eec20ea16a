package compose

import (
	"fmt"
	"testing"

	"lifesim/ui/hit"
	"lifesim/ui/uitest"
)

var sizes = uitest.PhoneSizes

// TestClickFocusesAFieldAndPublishes: a click on a field's label or its
// line focuses it, as tab does, so what is typed next lands there; the
// group's ‹ and › pick as ← and → do; [ Publish ] publishes. The
// header's ‹ is back; the hint under the form is not a button.
func TestClickFocusesAFieldAndPublishes(t *testing.T) {
	t.Parallel()
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			st := uitest.OpenStore(t)
			joined(t, st)
			d, m := open(t, st, "", sz.W, sz.H)
			if got := d.RegionAt("‹ New post"); got != hit.Back {
				t.Errorf("the header's ‹ is region %q, want back", got)
			}
			if got := d.RegionAt("───"); got != "" {
				t.Errorf("the rule under the header is region %q", got)
			}
			for _, c := range []struct {
				label string
				want  field
			}{{"Text", fieldBody}, {"Topic", fieldTopic}, {"Group", fieldGroup}, {"Title", fieldTitle}, {"What's it about?", fieldTitle}} {
				d.Click(c.label)
				if m.focus != c.want {
					t.Errorf("click %q focused field %d, want %d", c.label, m.focus, c.want)
				}
			}
			d.Send(uitest.Type("Dumplings")...)
			d.Click("Text")
			d.Send(uitest.Type("12 yuan.")...)
			if got := m.draft(); got.Title != "Dumplings" || got.Body != "12 yuan." {
				t.Fatalf("typed after the clicks: %+v", got)
			}
			x, y, _ := uitest.Find(d.View(), "‹ None ›")
			next, prev := m.hits.At(x+3, y), m.hits.At(x-4, y)
			if prev != idPrevGroup || next != idNextGroup {
				t.Fatalf("the group's arrows are regions %q and %q", prev, next)
			}
			d.Send(hit.ClickMsg{ID: next})
			uitest.MustContain(t, d, "‹ Shanghai Foodies ›")
			if m.focus != fieldGroup {
				t.Errorf("picking a group focused field %d", m.focus)
			}
			d.Click("[ Publish ]")
			if !closed(d) {
				t.Fatalf("clicking Publish did not publish: %#v\n%s", d.Emitted, uitest.Plain(d))
			}
			if s := uitest.State(t, st, "newuser"); len(s.OwnPosts) != 1 {
				t.Fatalf("own posts after Publish: %+v", s.OwnPosts)
			}
		})
	}
}

// TestClickOnKeepDraft: while Keep draft? is up only its answers take a
// click (the form under it does not); "esc back to editing" goes back,
// "d discard" drops the draft and closes, "k keep" keeps it.
func TestClickOnKeepDraft(t *testing.T) {
	t.Parallel()
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			st := uitest.OpenStore(t)
			d, m := open(t, st, "", sz.W, sz.H)
			d.Send(uitest.Type("a thought")...)
			d.Keys("esc")
			for _, label := range []string{"‹ New post", "Title", "Keep draft?"} {
				if got := d.RegionAt(label); got != "" {
					t.Errorf("with the prompt up, %q is region %q", label, got)
				}
			}
			d.Click("esc back to editing")
			if m.kept.asking || closed(d) {
				t.Fatalf("back to editing: asking %v, emitted %#v", m.kept.asking, d.Emitted)
			}
			d.Keys("esc")
			d.Click("k keep")
			if got, ok := kept(t, st, ""); !ok || got.Title != "a thought" || !closed(d) {
				t.Fatalf("k keep: kept %+v (%v), emitted %#v", got, ok, d.Emitted)
			}
			d2, _ := open(t, st, "", sz.W, sz.H)
			d2.Keys("esc")
			d2.Click("d discard")
			if _, ok := kept(t, st, ""); ok || !closed(d2) {
				t.Fatalf("d discard: still kept %v, emitted %#v", ok, d2.Emitted)
			}
		})
	}
}
