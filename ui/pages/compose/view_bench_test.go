package compose

import (
	"testing"

	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// BenchmarkView is the frame of a written form, the body focused: what
// every key in the editor costs to draw (it records the click regions
// too).
func BenchmarkView(b *testing.B) {
	st := uitest.OpenStore(b)
	m := New(uitest.Env(st, "newuser"), nav.OpenComposeMsg{})
	d := uitest.NewScreen(b, m, 46, 23)
	d.Send(uitest.Type("Dumplings on Wuding Road")...)
	d.Keys("tab")
	d.Send(uitest.Type("12 yuan. Queue before noon.")...)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}
