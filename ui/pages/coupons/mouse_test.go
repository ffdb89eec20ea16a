package coupons

import (
	"fmt"
	"testing"

	"lifesim/model"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// TestClickUsesACoupon: a click on either line of a coupon selects it
// and does what enter does: a usable one opens its mini program, a used
// one only says so. The header's ‹ is back; its count is not a button.
func TestClickUsesACoupon(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	claimAndUse(t, st)
	for _, sz := range uitest.PhoneSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			d, m := open(t, st, sz.W, sz.H)
			if got := d.RegionAt("‹ My coupons"); got != hit.Back {
				t.Errorf("the header's ‹ is region %q, want back", got)
			}
			if got := d.RegionAt("2 usable"); got != "" {
				t.Errorf("the count is region %q, want none", got)
			}
			d.Click("Spend ¥39 get ¥10 off") // the crayfish coupon's second line
			want := nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceCardPack}
			if got := d.Last(); got != want || m.sel != 1 {
				t.Errorf("click: emitted %#v, selection %d; want %#v, 1", got, m.sel, want)
			}
			d.Click("Used") // the used coupon's first line
			if s, ok := d.Last().(screen.StatusMsg); !ok || m.sel != 2 {
				t.Errorf("click on a used coupon: emitted %#v, selection %d; want a status, 2", d.Last(), m.sel)
			} else if s.Text == "" {
				t.Error("the status is empty")
			}
		})
	}
}
