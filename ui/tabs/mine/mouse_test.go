package mine_test

import (
	"fmt"
	"testing"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/tabs/mine"
	"lifesim/ui/uitest"
)

// sizes are the phones every mouse test runs on: the phone in a 100×30
// terminal, and a small one.
var sizes = uitest.PhoneSizes

// clip is the start of a name or description, short enough to be drawn
// whole on the smallest phone.
func clip(s string) string {
	r := []rune(s)
	return string(r[:min(len(r), 10)])
}

// TestATapOnARowOpensIt taps every row of both sections, each opening
// its mini program as enter does, and the pages on the header's and the
// places line's ways.
func TestATapOnARowOpensIt(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	if _, err := st.ClaimCoupon(uitest.Env(st, "returning").Actor(), "kfc-crayfish-10off", model.SourcePost); err != nil {
		t.Fatal(err)
	}
	s := uitest.State(t, st, "returning")
	ids := append([]model.MiniProgramID(nil), s.Favourites...)
	for _, r := range s.Recents {
		ids = append(ids, r.MiniProgramID)
	}
	mps, err := st.MiniPrograms(ids)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[model.MiniProgramID]model.MiniProgram{}
	for _, p := range mps {
		byID[p.ID] = p
	}
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			d := uitest.NewScreen(t, mine.New(uitest.Env(st, "returning")), sz.W, sz.H)
			for _, c := range []struct {
				label string
				want  any
			}{
				{"🎫 1 coupon · w", nav.OpenCouponsMsg{}},
				{"🧾 Orders", nav.OpenOrdersMsg{}},
				{"★ Collected", nav.OpenCollectedMsg{}},
			} {
				d.Click(c.label)
				if got := d.Last(); got != c.want {
					t.Errorf("a tap on %q emitted %#v, want %#v", c.label, got, c.want)
				}
			}
			// Favourites by name or description, then Recently used by
			// age (a mini program may be in both)
			for i, id := range ids {
				p := byID[id]
				label := clip(p.Name)
				if i%2 == 1 {
					label = clip(p.Description)
				}
				if r := i - len(s.Favourites); r >= 0 {
					label = model.Age(s.Recents[r].At, uitest.Now) + " ago"
				}
				d.ScrollTo(label)
				d.Click(label)
				if got, want := d.Last(), (nav.OpenMiniProgramMsg{ID: id, Source: model.SourceMyMiniPrograms}); got != want {
					t.Errorf("a tap on row %d %q emitted %#v, want %#v", i, label, got, want)
				}
			}
		})
	}
}

// TestATapSelects: the tapped row is selected, so the keys act on it.
func TestATapSelects(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	favs := uitest.State(t, st, "returning").Favourites
	d := uitest.NewScreen(t, mine.New(uitest.Env(st, "returning")), 40, 13)
	d.Click("Luckin Coffee")
	d.Keys("down", "enter")
	if got, want := d.Last(), (nav.OpenMiniProgramMsg{ID: favs[2], Source: model.SourceMyMiniPrograms}); got != want {
		t.Errorf("down, enter after a tap on the second favourite emitted %#v, want %#v", got, want)
	}
}

func TestHeadingsAreNotClickable(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, sz := range sizes {
		d := uitest.NewScreen(t, mine.New(uitest.Env(st, "returning")), sz.W, sz.H)
		for _, label := range []string{"My Mini Programs", "Favourites", "Recently used"} {
			d.ScrollTo(label)
			if id := d.RegionAt(label); id != "" {
				t.Errorf("%v: the heading %q is region %q", sz, label, id)
			}
		}
	}
}
