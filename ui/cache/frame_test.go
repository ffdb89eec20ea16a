package cache

import (
	"fmt"
	"testing"

	"lifesim/ui/styles"
)

// TestFrameKeepsUntilChanged counts the draws a screen's View would make:
// a frame is drawn again after Forget, at another size, and after the
// theme changes in place; otherwise it is given again.
func TestFrameKeepsUntilChanged(t *testing.T) {
	t.Parallel()
	st := styles.For(true, false)
	var f Frame
	draws := 0
	draw := func() string { draws++; return fmt.Sprint("frame ", draws) }
	for _, step := range []struct {
		name   string
		change func()
		w, h   int
		drawn  bool
	}{
		{"first", func() {}, 46, 23, true},
		{"nothing changed", func() {}, 46, 23, false},
		{"forgotten", f.Forget, 46, 23, true},
		{"resized", func() {}, 40, 23, true},
		{"taller", func() {}, 40, 30, true},
		{"light background", func() { *st = *styles.For(false, false) }, 40, 30, true},
		{"no colour", func() { *st = *styles.For(false, true) }, 40, 30, true},
		{"the same again", func() {}, 40, 30, false},
	} {
		step.change()
		before := draws
		got := f.Draw(st, step.w, step.h, draw)
		if drawn := draws > before; drawn != step.drawn {
			t.Fatalf("%s: drawn %v, want %v", step.name, drawn, step.drawn)
		}
		if want := fmt.Sprint("frame ", draws); got != want {
			t.Fatalf("%s: gave %q, want the last drawn %q", step.name, got, want)
		}
	}
}

func TestStringsKeepsAndIsBounded(t *testing.T) {
	t.Parallel()
	var c Strings[int]
	draws := 0
	for round := range 2 {
		for k := range 10 {
			if got := c.Get(k, func() string { draws++; return fmt.Sprint(k) }); got != fmt.Sprint(k) {
				t.Fatalf("key %d gave %q", k, got)
			}
		}
		if draws != 10 {
			t.Fatalf("round %d: %d draws for 10 keys", round, draws)
		}
	}
	for k := range 3 * stringsCap {
		c.Get(k, func() string { return "" })
		if c.Len() > stringsCap {
			t.Fatalf("%d strings kept", c.Len())
		}
	}
}
