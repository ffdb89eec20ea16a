package order

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

func TestConfirmAppliesClaimedCoupon(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	claim(t, db, "newuser", crayfish10)
	d := confirm(t, db, "newuser", kfc, crayfishSvc)
	v := uitest.Plain(d)
	for _, want := range []string{"¥42.90", "✓ ¥10 off the New Year's", "-¥10.00", "¥32.90", "Pay ¥32.90"} {
		if !strings.Contains(v, want) {
			t.Errorf("confirm page lacks %q:\n%s", want, v)
		}
	}
	page := pay(t, d)
	s := uitest.State(t, db, "newuser")
	if len(s.Orders) != 1 {
		t.Fatalf("orders = %+v, want one", s.Orders)
	}
	o := s.Orders[0]
	if o.CouponID != crayfish10 || o.DiscountCents != 1000 || o.TotalCents != 3290 {
		t.Errorf("order = %+v, want ¥10 off ¥42.90 with %s", o, crayfish10)
	}
	if len(s.Coupons) != 1 || s.Coupons[0].RedeemedIn != o.ID {
		t.Errorf("coupon not marked redeemed in %s: %+v", o.ID, s.Coupons)
	}
	if page.order.ID != o.ID {
		t.Errorf("success page shows order %q, stored %q", page.order.ID, o.ID)
	}
	var act *screen.ActionMsg
	for _, m := range d.Emitted {
		if a, ok := m.(screen.ActionMsg); ok {
			act = &a
		}
	}
	if act == nil || act.State == nil || len(act.State.Orders) != 1 {
		t.Errorf("paying should hand the fresh state to the root, got %+v", act)
	}
}

func TestConfirmQuantity(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := confirm(t, db, "newuser", kfc, eggTarts)
	d.Keys("left") // stays at 1
	if v := uitest.Plain(d); !strings.Contains(v, "  1  ") || !strings.Contains(v, "Pay ¥22.00") {
		t.Fatalf("quantity should stay at 1:\n%s", v)
	}
	d.Keys("right", "+")
	if v := uitest.Plain(d); !strings.Contains(v, "  3  ") || !strings.Contains(v, "Pay ¥66.00") {
		t.Fatalf("want 3 × ¥22.00:\n%s", v)
	}
	for range 10 {
		d.Keys("+")
	}
	if v := uitest.Plain(d); !strings.Contains(v, "  9  ") {
		t.Fatalf("quantity should stop at 9:\n%s", v)
	}
	d.Keys("-", "left")
	pay(t, d)
	o := uitest.State(t, db, "newuser").Orders[0]
	if o.Lines[0].Qty != 7 || o.TotalCents != 7*2200 {
		t.Errorf("order = %+v, want 7 egg tarts", o)
	}
}

func TestConfirmThresholdReachedByQuantity(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	claim(t, db, "newuser", crayfish10)
	d := confirm(t, db, "newuser", kfc, eggTarts)
	if v := uitest.Plain(d); !strings.Contains(v, "spend ¥17.00 more") {
		t.Fatalf("a ¥22 order should say how far the ¥39 threshold is:\n%s", v)
	}
	d.Keys("right")
	if v := uitest.Plain(d); !strings.Contains(v, "-¥10.00") || !strings.Contains(v, "Pay ¥34.00") {
		t.Fatalf("two egg tarts (¥44) should take the coupon:\n%s", v)
	}
}

func TestConfirmCouponSwitchedOff(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	claim(t, db, "newuser", crayfish10)
	d := confirm(t, db, "newuser", kfc, crayfishSvc)
	d.Keys("space")
	if v := uitest.Plain(d); !strings.Contains(v, "not used") || !strings.Contains(v, "Pay ¥42.90") {
		t.Fatalf("space should switch the coupon off:\n%s", v)
	}
	pay(t, d)
	s := uitest.State(t, db, "newuser")
	if o := s.Orders[0]; o.CouponID != "" || o.TotalCents != 4290 {
		t.Errorf("order = %+v, want no coupon", o)
	}
	if s.Coupons[0].RedeemedIn != "" {
		t.Errorf("an unused coupon was redeemed: %+v", s.Coupons[0])
	}
}

// failingStore fails every payment.
type failingStore struct{ store.Store }

func (failingStore) PlaceOrder(model.Actor, model.Order, model.CouponID) (model.Order, error) {
	return model.Order{}, errors.New("bank is closed")
}

func TestConfirmPaymentFailureStays(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := confirm(t, failingStore{db}, "newuser", kfc, crayfishSvc)
	d.Keys("enter")
	for _, m := range d.Emitted {
		if _, ok := m.(nav.OpenPaymentResultMsg); ok {
			t.Fatal("a failed payment left the confirm page")
		}
	}
	if v := uitest.Plain(d); !strings.Contains(v, "Payment failed: bank is closed") || !strings.Contains(v, "Pay ¥42.90") {
		t.Fatalf("want the error and the pay button again:\n%s", v)
	}
	if n := len(uitest.State(t, db, "newuser").Orders); n != 0 {
		t.Errorf("%d orders recorded after a failure", n)
	}
}

func TestConfirmShowsPaying(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	mp, s := fixture(t, db, kfc, crayfishSvc)
	c := NewConfirm(uitest.Env(db, "newuser"), nav.OpenOrderMsg{MiniProgram: mp, Service: s})
	c.SetSize(48, 30)
	c.Update(couponsMsg{Owner: c.owner})
	if _, cmd := c.Update(uitest.Key("enter")); cmd == nil {
		t.Fatal("enter should start the payment")
	}
	if v := ansi.Strip(c.View()); !strings.Contains(v, "Paying…") {
		t.Fatalf("want Paying… while the order commits:\n%s", v)
	}
	if _, cmd := c.Update(uitest.Key("enter")); cmd != nil {
		t.Error("a second enter while paying started another payment")
	}
}

func TestGoldenConfirm(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	claim(t, db, "newuser", crayfish10)
	d := confirm(t, db, "newuser", kfc, crayfishSvc)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}
