package draw

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/styles"
)

// Every pushed page's back mark is ‹, the one the mini program and order
// pages draw themselves, so back looks the same on every page.
func TestPageHeaderBackArrow(t *testing.T) {
	t.Parallel()
	st := styles.For(true, true)
	got := ansi.Strip(PageHeader(st, "My coupons", "2 usable", 40))
	first, _, _ := strings.Cut(got, "\n")
	if !strings.HasPrefix(first, "‹ My coupons") || strings.Contains(got, "←") {
		t.Errorf("PageHeader first line = %q; want it to start with %q and have no ←", first, "‹ My coupons")
	}
}
