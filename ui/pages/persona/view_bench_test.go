package persona_test

import (
	"testing"

	"lifesim/ui/pages/persona"
	"lifesim/ui/uitest"
)

// BenchmarkView is the picker's frame at the phone in a 100×30 terminal,
// on the first operator (it records the click regions too).
func BenchmarkView(b *testing.B) {
	db := uitest.OpenStore(b)
	page := persona.New(uitest.Env(db, "newuser"))
	d := uitest.NewScreen(b, page, 46, 23)
	d.Keys("down", "down")
	b.ReportAllocs()
	for b.Loop() {
		_ = page.View()
	}
}
