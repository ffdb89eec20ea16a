package post

import (
	"testing"

	"lifesim/model"
	"lifesim/ui/uitest"
)

// Using a component records component_click on the post, with the source
// the post was opened from and the component as its detail, before what
// the component opens; selecting one without enter records nothing.
func TestComponentClicks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		downs  int
		detail string
	}{
		{"service link", 1, "service:kfc-ordering/crayfish-burger"},
		{"coupon", 2, "coupon:kfc-crayfish-10off"},
		{"group", 3, "group:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			st := uitest.OpenStore(t)
			d, m := open(t, st, 48, 30)
			for range tc.downs {
				d.Keys("down")
			}
			clicks := func() []model.Event {
				return uitest.FindEvents(t, st, uitest.Match{Kind: model.EventComponentClick})
			}
			if got := clicks(); len(got) != 0 {
				t.Fatalf("selecting recorded %+v", got)
			}
			d.Keys("enter")
			got := clicks()
			if len(got) != 1 || got[0].Target != string(crayfish) || got[0].Source != model.SourceFeed {
				t.Fatalf("clicks = %+v; want one on %s from the feed", got, crayfish)
			}
			c, _ := m.component()
			want := tc.detail
			if c.Kind == model.ComponentGroup {
				want += string(c.GroupID)
			}
			if got[0].Detail != want {
				t.Errorf("detail %q; want %q", got[0].Detail, want)
			}
			if tc.name == "coupon" {
				evs := uitest.Events(t, st)
				if uitest.Index(evs, uitest.Match{Kind: model.EventComponentClick}) > uitest.Index(evs, uitest.Match{Kind: model.EventCouponClaim}) {
					t.Errorf("the claim was recorded before the click: %+v", evs)
				}
			}
		})
	}
}
