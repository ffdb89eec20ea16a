package order

import (
	"testing"

	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// TestPagesFitTheirSize checks both pages fill exactly the area they are
// given, at the phone's usual width and at the 40-column minimum.
func TestPagesFitTheirSize(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	claim(t, db, "newuser", crayfish10)
	mp, svc := fixture(t, db, kfc, crayfishSvc)
	for _, w := range []int{38, 48} {
		c := uitest.NewScreen(t, NewConfirm(uitest.Env(db, "newuser"), nav.OpenOrderMsg{MiniProgram: mp, Service: svc}), w, 30)
		uitest.ExactSize(t, "confirm", c.View(), w, 30)
		s := success(t, db, "newuser", "zinger-burger")
		s.S.SetSize(w, 24)
		uitest.ExactSize(t, "success", s.View(), w, 24)
		b := confirm(t, db, "newuser", haidilao, joinQueue)
		b.S.SetSize(w, 24)
		uitest.ExactSize(t, "booking", b.View(), w, 24)
		r := uitest.NewScreen(t, pay(t, b), w, 24)
		uitest.ExactSize(t, "booked", r.View(), w, 24)
	}
}
