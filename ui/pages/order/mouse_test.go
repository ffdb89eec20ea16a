package order

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// The sizes every page is clicked at: the phone in a 100×30 terminal,
// and a small phone.
var sizes = uitest.PhoneSizes

func sized(d *uitest.Screen, w, h int) *uitest.Screen {
	d.S.SetSize(w, h)
	return d
}

// mustShow fails unless the page's frame holds each of want.
func mustShow(t *testing.T, d *uitest.Screen, after string, want ...string) {
	t.Helper()
	v := uitest.Plain(d)
	for _, s := range want {
		if !strings.Contains(v, s) {
			t.Fatalf("after %s the page lacks %q:\n%s", after, s, v)
		}
	}
}

func resultOf(d *uitest.Screen) (nav.OpenPaymentResultMsg, bool) {
	for _, m := range d.Emitted {
		if r, ok := m.(nav.OpenPaymentResultMsg); ok {
			return r, true
		}
	}
	return nav.OpenPaymentResultMsg{}, false
}

// TestConfirmTakesTheMouse: the stepper's arrows, the coupon row and the
// pay button do what ←, → and space and enter do; the header's ‹ is
// back; a price is not a button.
func TestConfirmTakesTheMouse(t *testing.T) {
	t.Parallel()
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			db := uitest.OpenStore(t)
			claim(t, db, "newuser", crayfish10)
			d := sized(confirm(t, db, "newuser", kfc, crayfishSvc), sz.W, sz.H)
			for label, want := range map[string]string{"‹ Confirm order": hit.Back, "Subtotal": "", "-¥10.00": "", "Quantity": ""} {
				if got := d.RegionAt(label); got != want {
					t.Errorf("%q is region %q, want %q", label, got, want)
				}
			}
			d.Click("+ ›")
			mustShow(t, d, "clicking + ›", "‹ −  2  + ›", "¥85.80")
			d.Click("‹ −")
			mustShow(t, d, "clicking ‹ −", "‹ −  1  + ›")
			d.Click("✓ ¥10 off")
			mustShow(t, d, "clicking the coupon", "coupon not used")
			d.Click("coupon not used")
			mustShow(t, d, "clicking it again", "✓ ¥10 off")
			if sz.H < 18 {
				return // the pay button is under the fold (keys still pay)
			}
			d.Click("[ enter  Pay ¥32.90 ]")
			r, ok := resultOf(d)
			if !ok || r.Order.TotalCents != 3290 || r.Order.CouponID != crayfish10 {
				t.Fatalf("clicking Pay emitted %#v, want a ¥32.90 order with %s", d.Emitted, crayfish10)
			}
		})
	}
}

// TestConfirmClicksWaitForThePayment: while the order commits, a click
// on the stepper changes nothing, as keys do.
func TestConfirmClicksWaitForThePayment(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := confirm(t, db, "newuser", kfc, crayfishSvc)
	c := d.S.(*Confirm)
	c.paying = true
	d.Send(hit.ClickMsg{ID: idMore})
	if c.qty != 1 {
		t.Errorf("a click while paying made the quantity %d", c.qty)
	}
}

func TestBookingTakesTheMouse(t *testing.T) {
	t.Parallel()
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			db := uitest.OpenStore(t)
			d := sized(confirm(t, db, "newuser", haidilao, joinQueue), sz.W, sz.H)
			if got := d.RegionAt("‹ Confirm booking"); got != hit.Back {
				t.Errorf("the header's ‹ is region %q, want back", got)
			}
			if got := d.RegionAt("Join the Queue"); got != "" {
				t.Errorf("the booked service is region %q, want none", got)
			}
			d.Click("[ enter  Book ]")
			if r, ok := resultOf(d); !ok || !r.Order.Booking() {
				t.Fatalf("clicking Book emitted %#v, want the booking", d.Emitted)
			}
		})
	}
}

func claimed(t *testing.T, d *uitest.Screen, id model.CouponID) bool {
	t.Helper()
	db := d.S.(*Success).env.Store
	s := uitest.State(t, db, "newuser")
	return slices.ContainsFunc(s.Coupons, func(c model.ClaimedCoupon) bool { return c.CouponID == id })
}

// TestSuccessTakesTheMouse: a click on an offer claims it, then uses it;
// its merchant's heading opens the merchant; the tip collects the mini
// program; headings and totals are not buttons.
func TestSuccessTakesTheMouse(t *testing.T) {
	t.Parallel()
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			db := uitest.OpenStore(t)
			d := sized(success(t, db, "newuser", crayfishSvc), sz.W, sz.H)
			for label, want := range map[string]string{"‹ Payment result": hit.Back, "Nearby offers": "", "97 m": merchantID(0)} {
				if got := d.RegionAt(label); got != want {
					t.Errorf("%q is region %q, want %q", label, got, want)
				}
			}
			d.Click("Pay-to-get · ¥10 off")
			if !claimed(t, d, nearCoupon) {
				t.Fatalf("clicking the Watsons offer did not claim %s:\n%s", nearCoupon, uitest.Plain(d))
			}
			d.Click("Use ›")
			if got, want := d.Last(), (nav.OpenMiniProgramMsg{ID: "watsons", Source: model.SourcePaySuccess}); got != want {
				t.Fatalf("clicking Use › emitted %#v, want %#v", got, want)
			}
			d.Click("press s")
			if !uitest.State(t, db, "newuser").Collected(kfc) {
				t.Fatalf("clicking the tip did not collect %s", kfc)
			}
			if got := d.RegionAt("In My Mini Programs"); got != "" {
				t.Errorf("the collected line is region %q: a click would uncollect", got)
			}
		})
	}
}

// TestSuccessRegionsFollowTheScroll: scrolled down a small phone, the
// tip's last line still collects, an offer not selected is selected and
// claimed by a click, and a heading opens its merchant.
func TestSuccessRegionsFollowTheScroll(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := sized(success(t, db, "newuser", "zinger-burger"), 40, 13)
	d.Keys("down", "down", "down")
	s := d.S.(*Success)
	if got := d.RegionAt("— press s"); got != idCollect {
		t.Errorf("the tip's last line, its top scrolled away, is region %q, want %q", got, idCollect)
	}
	d.Click("Spend ¥99 get ¥20 off")
	if s.sel != 1 || !claimed(t, d, s.offers[1].Coupon.ID) {
		t.Fatalf("clicking the second offer: selection %d, claimed %v", s.sel, claimed(t, d, s.offers[1].Coupon.ID))
	}
	d.Click("Ele.me")
	open, ok := d.Last().(nav.OpenMiniProgramMsg)
	if !ok || open.ID != s.offers[s.sel].MiniProgram.ID || s.offers[s.sel].Coupon.ID == s.offers[1].Coupon.ID {
		t.Fatalf("clicking the Ele.me heading emitted %#v with offer %d selected", d.Last(), s.sel)
	}
}
