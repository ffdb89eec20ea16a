package persona_test

import (
	"fmt"
	"testing"

	"lifesim/model"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/pages/persona"
	"lifesim/ui/uitest"
)

// TestClickPicksARow: a click on any line of a persona, or on an
// operator's row, picks it as enter does; the page's heading, the blank
// between personas and the Operators heading are not rows. At the phone
// in a 100×30 terminal and a small phone, where the list has scrolled.
func TestClickPicksARow(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	ops, err := db.Operators()
	if err != nil || len(ops) == 0 {
		t.Fatalf("operators: %v %v", ops, err)
	}
	for _, sz := range uitest.PhoneSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			page := persona.New(uitest.Env(db, "newuser"))
			d := uitest.NewScreen(t, page, sz.W, sz.H)
			// the driver keeps only navigation messages, so run the click's command here
			click := func(label string) []any {
				t.Helper()
				id := d.RegionAt(label)
				if id == "" {
					t.Fatalf("%q is not clickable:\n%s", label, uitest.Plain(d))
				}
				_, cmd := page.Update(hit.ClickMsg{ID: id})
				var out []any
				for _, m := range uitest.Results(t, cmd) {
					out = append(out, m)
				}
				return out
			}
			if got := d.RegionAt("Switch persona"); got != "" {
				t.Errorf("the heading is region %q", got)
			}
			x, y, _ := uitest.Find(d.View(), "📍 31.2235")
			if got := page.Regions().At(x, y+1); got != "" {
				t.Errorf("the blank under Lin Xiao is region %q", got)
			}
			chen := nav.SwitchPersonaMsg{ID: "returning", Name: "Chen Wei"}
			for _, label := range []string{"Chen Wei", "Returning user"} {
				if got := click(label); len(got) != 1 || got[0] != chen {
					t.Errorf("click %q emitted %#v; want %#v", label, got, chen)
				}
			}
			d.Keys("down") // to the first operator, which scrolls the small phone
			if got := d.RegionAt("Operators"); got != "" {
				t.Errorf("the Operators heading is region %q", got)
			}
			op := nav.SwitchPersonaMsg{ID: model.MerchantPersona(ops[0].ID), Name: ops[0].Name}
			if got := click(ops[0].Name); len(got) != 1 || got[0] != op {
				t.Errorf("click on the first operator emitted %#v; want %#v", got, op)
			}
		})
	}
}
