package order

import (
	"testing"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// BenchmarkSuccessView is the payment success page's frame at the phone
// in a 100×30 terminal, scrolled to its third offer (it records the
// click regions too).
func BenchmarkSuccessView(b *testing.B) {
	db := uitest.OpenStore(b)
	mp, svc := mustService(b, db, kfc, crayfishSvc)
	c := uitest.NewScreen(b, NewConfirm(uitest.Env(db, "newuser"), nav.OpenOrderMsg{MiniProgram: mp, Service: svc}), 46, 23)
	c.Keys("enter")
	var r nav.OpenPaymentResultMsg
	for _, m := range c.Emitted {
		if p, ok := m.(nav.OpenPaymentResultMsg); ok {
			r = p
		}
	}
	s := NewSuccess(c.S.(*Confirm).env, r)
	d := uitest.NewScreen(b, s, 46, 23)
	d.Keys("down", "down")
	b.ReportAllocs()
	for b.Loop() {
		_ = s.View()
	}
}

// BenchmarkConfirmView is the confirm page's frame with a coupon applied.
func BenchmarkConfirmView(b *testing.B) {
	db := uitest.OpenStore(b)
	mp, svc := mustService(b, db, kfc, crayfishSvc)
	if _, err := db.ClaimCoupon(uitest.Env(db, "newuser").Actor(), crayfish10, model.SourcePost); err != nil {
		b.Fatal(err)
	}
	c := NewConfirm(uitest.Env(db, "newuser"), nav.OpenOrderMsg{MiniProgram: mp, Service: svc})
	uitest.NewScreen(b, c, 46, 23)
	b.ReportAllocs()
	for b.Loop() {
		_ = c.View()
	}
}

func mustService(b *testing.B, db interface {
	MiniProgram(id model.MiniProgramID) (model.MiniProgram, error)
}, id model.MiniProgramID, svc string) (model.MiniProgram, model.Service) {
	mp, err := db.MiniProgram(id)
	if err != nil {
		b.Fatal(err)
	}
	s, ok := mp.Service(svc)
	if !ok {
		b.Fatalf("%s has no service %s", id, svc)
	}
	return mp, s
}
