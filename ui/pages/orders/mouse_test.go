package orders

import (
	"fmt"
	"testing"

	"lifesim/model"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// TestClickOpensAnOrder: a click on any line of an order selects it and
// opens its mini program, as enter does; the header's ‹ is back, its
// count is not a button. At the phone in a 100×30 terminal and a small
// phone.
func TestClickOpensAnOrder(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	threeOrders(t, st)
	clicks := []struct {
		label string
		sel   int
		open  model.MiniProgramID
	}{
		{"Door Pick-up", 1, "old-clothes-recycling"}, // the order's second line
		{"Paid · o-3", 0, "luckin-coffee"},           // its third
		{"KFC Self-Service", 2, "kfc-ordering"},      // its first
	}
	for _, sz := range uitest.PhoneSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			d, m := open(t, st, sz.W, sz.H)
			if got := d.RegionAt("‹ My orders"); got != hit.Back {
				t.Errorf("the header's ‹ is region %q, want back", got)
			}
			if got := d.RegionAt("3 orders"); got != "" {
				t.Errorf("the count is region %q, want none", got)
			}
			for _, c := range clicks {
				d.Click(c.label)
				want := nav.OpenMiniProgramMsg{ID: c.open, Source: model.SourceMyMiniPrograms}
				if got := d.Last(); got != want || m.sel != c.sel {
					t.Errorf("click %q: emitted %#v, selection %d; want %#v, %d", c.label, got, m.sel, want, c.sel)
				}
			}
		})
	}
}

// TestClickOnAnOrderNoLongerThereDoesNothing: a click on a region the
// list has lost since it was drawn is ignored.
func TestClickOnAnOrderNoLongerThereDoesNothing(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), 46, 23)
	d.Send(hit.ClickMsg{ID: hit.Item(3)})
	if d.Last() != nil || m.sel != 0 {
		t.Errorf("a click on no order emitted %#v, selection %d", d.Last(), m.sel)
	}
	if got := d.RegionAt("No orders yet"); got != "" {
		t.Errorf("the empty list's text is region %q", got)
	}
}
