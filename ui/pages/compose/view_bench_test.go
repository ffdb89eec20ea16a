package compose

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

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

// BenchmarkFullBodyKeystroke is a key press and the frame after it with
// the body full, of characters or of lines: it takes milliseconds
// (99,000 characters once took 230–340 ms a key, 2,000 empty lines 60 ms).
// A benchmark, not a test, so that a slow machine fails nothing.
func BenchmarkFullBodyKeystroke(b *testing.B) {
	for name, text := range map[string]string{
		"characters": strings.Repeat("word ", 99_000/5),
		"lines":      strings.Repeat("\n", 5000),
	} {
		b.Run(name, func(b *testing.B) {
			m := New(uitest.Env(uitest.OpenStore(b), "newuser"), nav.OpenComposeMsg{})
			d := uitest.NewScreen(b, m, 48, 24)
			d.Keys("tab")
			d.Send(tea.PasteMsg{Content: text})
			b.ReportAllocs()
			for b.Loop() {
				d.Keys("up")
				_ = d.View()
			}
		})
	}
}
