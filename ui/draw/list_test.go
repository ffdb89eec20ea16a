package draw

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/styles"
)

func TestListBodyShowsTheEmptyStateOrTheSelection(t *testing.T) {
	st := styles.Default(true)
	var vp Viewport
	empty := ansi.Strip(ListBody(st, &vp, nil, 0, 30, 10, "No orders yet", "Order in a mini program."))
	if !strings.Contains(empty, "No orders yet") || !strings.Contains(empty, "Order in a mini program.") {
		t.Fatalf("empty list body = %q", empty)
	}
	blocks := []string{"one", "two", "three", "four"}
	got := ansi.Strip(ListBody(st, &vp, blocks, 3, 30, 2, "", ""))
	if !strings.Contains(got, "four") {
		t.Fatalf("the selected block is not in view: %q", got)
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 posts", 1: "1 post", 2: "2 posts", 1200: "1200 posts"} {
		if got := Plural(n, "post"); got != want {
			t.Errorf("Plural(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestAt(t *testing.T) {
	items := []string{"a", "b"}
	for i, want := range map[int]bool{-1: false, 0: true, 1: true, 2: false} {
		if _, ok := At(items, i); ok != want {
			t.Errorf("At(%d) ok = %v, want %v", i, ok, want)
		}
	}
	if v, _ := At(items, 1); v != "b" {
		t.Errorf("At(1) = %q", v)
	}
}
