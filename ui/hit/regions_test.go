package hit

import (
	"testing"

	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
)

func TestFindCountsCellsNotBytes(t *testing.T) {
	t.Parallel()
	bold := lipgloss.NewStyle().Bold(true)
	cases := []struct {
		line, label string
		from, want  int
		ok          bool
	}{
		{"  [Claim]", "[Claim]", 0, 2, true},
		{bold.Render("肯德基") + " [+ Follow]", "[+ Follow]", 0, 7, true},
		{"◉ Life  Life", "Life", 3, 8, true},
		{"Home", "Mine", 0, 0, false},
	}
	for _, c := range cases {
		got, ok := Find(c.line, c.label, c.from)
		if got != c.want || ok != c.ok {
			t.Errorf("Find(%q, %q, %d) = %d, %v; want %d, %v", c.line, c.label, c.from, got, ok, c.want, c.ok)
		}
	}
}

// TestAButtonOnACardWins: the compositor sorts by Z alone, so a button
// drawn on a card must be above it to be pressed.
func TestAButtonOnACardWins(t *testing.T) {
	t.Parallel()
	var r Regions
	r.Add(Item(0), 0, 0, 20, 3, ZItem)
	r.Add("follow", 10, 1, 8, 1, ZButton)
	r.Add(Item(1), 0, 3, 20, 3, ZItem)
	for _, c := range []struct {
		x, y int
		want string
	}{{1, 1, "item:0"}, {12, 1, "follow"}, {12, 4, "item:1"}, {25, 1, ""}, {0, 6, ""}} {
		if got := r.At(c.x, c.y); got != c.want {
			t.Errorf("At(%d, %d) = %q, want %q", c.x, c.y, got, c.want)
		}
	}
}

func TestWithinCutsToTheRowsShown(t *testing.T) {
	t.Parallel()
	var r Regions
	r.Add("a", 0, 0, 5, 2, ZItem)
	r.Add("b", 0, 2, 5, 4, ZItem)
	r.Add("c", 0, 6, 5, 1, ZItem)
	in := r.Within(4)
	if in.Len() != 2 || in.At(1, 3) != "b" || in.At(1, 4) != "" {
		t.Errorf("Within(4): %d regions, At(1,3) %q, At(1,4) %q", in.Len(), in.At(1, 3), in.At(1, 4))
	}
}

func TestMergePlacesAComponent(t *testing.T) {
	t.Parallel()
	var card, page Regions
	card.Add("claim", 2, 0, 7, 1, ZButton)
	page.Merge(card, 3, 5)
	if page.At(5, 5) != "claim" || page.At(2, 5) != "" {
		t.Errorf("merged: At(5,5) %q, At(2,5) %q", page.At(5, 5), page.At(2, 5))
	}
}

func TestBlocksFollowTheViewport(t *testing.T) {
	t.Parallel()
	var vp draw.Viewport
	blocks := []string{"a\na", "b\nb", "c\nc"}
	vp.Render(blocks, 2, 3) // shows b's second line and c
	var r Regions
	r.Blocks(vp.Shown(), 2, 10, ZItem, Item)
	for _, c := range []struct {
		y    int
		want string
	}{{1, ""}, {2, "item:1"}, {3, "item:2"}, {4, "item:2"}, {5, ""}} {
		if got := r.At(0, c.y); got != c.want {
			t.Errorf("row %d: %q, want %q", c.y, got, c.want)
		}
	}
}

func TestItemOf(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 7, 127, 128, 5000} {
		if i, ok := ItemOf(Item(n)); !ok || i != n {
			t.Errorf("ItemOf(Item(%d)) = %d, %v", n, i, ok)
		}
	}
	for _, id := range []string{"", "item:", "item:-1", "follow", "item:x"} {
		if _, ok := ItemOf(id); ok {
			t.Errorf("ItemOf(%q) is an item", id)
		}
	}
}

func TestIndexedNamesOnlyRows(t *testing.T) {
	t.Parallel()
	id := Indexed([]int{1, 3, 4}) // block 0 and 2 are headings
	for b, want := range []string{"", "item:0", "", "item:1", "item:2", ""} {
		if got := id(b); got != want {
			t.Errorf("block %d: %q, want %q", b, got, want)
		}
	}
}
