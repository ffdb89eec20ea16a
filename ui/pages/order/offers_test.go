package order

import (
	"slices"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// The payment-success page offers the platform's two kinds only, and says
// which: a plain coupon of a nearby merchant (Luckin, Cainiao) is not an
// offer there.
func TestSuccessOffersOnlyPaySuccessKinds(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := success(t, db, "newuser", crayfishSvc)
	s := d.S.(*Success)
	kinds := map[model.CouponKind]bool{}
	for _, o := range s.offers {
		if !o.Coupon.Kind.OnPaySuccess() {
			t.Errorf("offer %s is of kind %s", o.Coupon.ID, o.Coupon.Kind)
		}
		kinds[o.Coupon.Kind] = true
	}
	if !kinds[model.CouponPayToGet] || !kinds[model.CouponSpendThreshold] {
		t.Fatalf("want both kinds near newuser, got %v", kinds)
	}
	for _, plainCoupon := range []model.CouponID{"luckin-8off", "cainiao-send-3off"} {
		if slices.Contains(offerIDs(s), plainCoupon) {
			t.Errorf("plain coupon %s offered", plainCoupon)
		}
	}
	v := uitest.Plain(d)
	for _, want := range []string{"🎫 Pay-to-get · ¥10 off", "🎫 Spend ¥99 get ¥20 off"} {
		if !strings.Contains(v, want) {
			t.Errorf("page lacks %q:\n%s", want, v)
		}
	}
}

// The radius is a setting: a smaller one shows fewer merchants, each
// within it, with its distance in metres.
func TestSuccessRadiusIsASetting(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	mp, svc := fixture(t, db, kfc, crayfishSvc)
	env := uitest.Env(db, "newuser")
	env.Settings.NearbyRadiusMetres = 200
	c := uitest.NewScreen(t, NewConfirm(env, nav.OpenOrderMsg{MiniProgram: mp, Service: svc}), 48, 30)
	d := uitest.NewScreen(t, pay(t, c), 48, 30)
	s := d.S.(*Success)
	if len(s.offers) == 0 {
		t.Fatal("no offers within 200 m")
	}
	for _, o := range s.offers {
		if o.Metres > 200 {
			t.Errorf("%s at %.0f m is beyond the 200 m setting", o.Coupon.ID, o.Metres)
		}
	}
	v := uitest.Plain(d)
	if !strings.Contains(v, "within 200 m") || !strings.Contains(v, "97 m") {
		t.Fatalf("page:\n%s", v)
	}
}
