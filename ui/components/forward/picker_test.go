package forward

import (
	"testing"

	"lifesim/ui/hit"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

// Each target is clickable on the line Render draws it on, and picking
// one closes the picker with it, as enter on it does.
func TestClickPicksTheTargetDrawnThere(t *testing.T) {
	t.Parallel()
	p := Picker{Styles: styles.Default(true)}
	p.Open()
	const top = 3 // the picker drawn under three other lines
	view := "a\nb\nc\n" + p.Render(30)
	var r hit.Regions
	p.Record(&r, top, 30)
	for i, target := range Targets() {
		x, y, ok := uitest.Find(view, target)
		if !ok {
			t.Fatalf("%q not drawn:\n%s", target, view)
		}
		if id := r.At(x, y); id != hit.Item(i) {
			t.Errorf("%q at (%d, %d) is %q, want %q", target, x, y, id, hit.Item(i))
		}
	}
	if x, y, _ := uitest.Find(view, "Forward to…"); r.At(x, y) != "" {
		t.Error("the heading is clickable")
	}
	if got, ok := p.Pick(2); !ok || got != "Roommates" || p.IsOpen() {
		t.Errorf("Pick(2) = %q, %v; open %v", got, ok, p.IsOpen())
	}
	p.Open()
	if _, ok := p.Pick(len(Targets())); ok || !p.IsOpen() {
		t.Error("a target that is not there was picked")
	}
}
