package order

import (
	"testing"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

const (
	kfc         = model.MiniProgramID("kfc-ordering")
	crayfish10  = model.CouponID("kfc-crayfish-10off") // ¥10 off KFC orders over ¥39
	crayfishSvc = "crayfish-burger"                    // ¥42.90
	eggTarts    = "egg-tarts"                          // ¥22.00
)

// fixture reads a mini program and one of its services from the store.
func fixture(t *testing.T, db store.Store, id model.MiniProgramID, svc string) (model.MiniProgram, model.Service) {
	t.Helper()
	mp, err := db.MiniProgram(id)
	if err != nil {
		t.Fatal(err)
	}
	s, ok := mp.Service(svc)
	if !ok {
		t.Fatalf("%s has no service %s", id, svc)
	}
	return mp, s
}

func claim(t *testing.T, db store.Store, p model.PersonaID, id model.CouponID) {
	t.Helper()
	if _, err := db.ClaimCoupon(uitest.Env(db, p).Actor(), id, model.SourcePost); err != nil {
		t.Fatal(err)
	}
}

// confirm drives a confirm page for svc of mini program id.
func confirm(t *testing.T, db store.Store, p model.PersonaID, id model.MiniProgramID, svc string) *uitest.Screen {
	t.Helper()
	mp, s := fixture(t, db, id, svc)
	return uitest.NewScreen(t, NewConfirm(uitest.Env(db, p), nav.OpenOrderMsg{MiniProgram: mp, Service: s}), 48, 30)
}

// pay presses enter on a confirm page and returns the success page it
// asked the root to show in its place.
func pay(t *testing.T, d *uitest.Screen) *Success {
	t.Helper()
	d.Keys("enter")
	for _, m := range d.Emitted {
		if r, ok := m.(nav.OpenPaymentResultMsg); ok {
			// what the root's router does with the message
			return NewSuccess(d.S.(*Confirm).env, r)
		}
	}
	t.Fatalf("paying emitted no OpenPaymentResultMsg: %#v\n%s", d.Emitted, uitest.Plain(d))
	return nil
}

// success drives the payment success page after paying for svc.
func success(t *testing.T, db store.Store, p model.PersonaID, svc string) *uitest.Screen {
	t.Helper()
	return uitest.NewScreen(t, pay(t, confirm(t, db, p, kfc, svc)), 48, 30)
}
