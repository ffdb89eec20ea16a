package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"lifesim/model"
)

func TestClaimCoupon(t *testing.T) {
	db := seeded(t, testWorld())
	a := actor("newuser", 1)
	n := 0
	cc, err := db.ClaimCoupon(a, "c-kfc", model.SourcePaySuccess)
	if err != nil || cc.CouponID != "c-kfc" || !cc.ClaimedAt.Equal(a.At) || cc.RedeemedIn != "" ||
		cc.Source != model.SourcePaySuccess || cc.Scene != 1403 {
		t.Fatalf("ClaimCoupon = %+v, %v", cc, err)
	}
	// A claim says where it happened, as opens do: the payment-success
	// page's offers are told apart from a post's coupon window.
	checkEvent(t, lastEvent(t, db, &n), model.EventCouponClaim, "c-kfc", model.SourcePaySuccess, 1403, "")
	if st, err := db.State("newuser"); err != nil || len(st.Coupons) != 1 || st.Coupons[0].Source != model.SourcePaySuccess {
		t.Fatalf("State().Coupons = %+v, %v; want the claim with its source", st.Coupons, err)
	}

	_, err = db.ClaimCoupon(actor("newuser", 2), "c-kfc", model.SourcePost)
	if !errors.Is(err, ErrAlreadyClaimed) || err.Error() != "coupon already claimed: ¥5 off any order" {
		t.Errorf("second claim: %v", err)
	}
	if _, err := db.ClaimCoupon(a, "c-old", model.SourcePost); !errors.Is(err, ErrExpired) {
		t.Errorf("expired claim: %v", err)
	}
	// expiry is judged at the actor's time
	late := model.Actor{Persona: "newuser", Session: "s1", At: epoch.AddDate(0, 0, 31)}
	if _, err := db.ClaimCoupon(late, "c-kfc-big", model.SourcePost); !errors.Is(err, ErrExpired) {
		t.Errorf("claim after expiry: %v", err)
	}
	if _, err := db.ClaimCoupon(a, "nope", model.SourcePost); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown coupon: %v", err)
	}
	noEvent(t, db, n)

	// another persona may claim the same coupon
	if _, err := db.ClaimCoupon(actor("returning", 1), "c-kfc", model.SourcePost); err != nil {
		t.Errorf("other persona: %v", err)
	}
	db = reopen(t, db)
	st, _ := db.State("newuser")
	if len(st.Coupons) != 1 || st.Coupons[0].CouponID != "c-kfc" {
		t.Errorf("coupons after reopen = %+v", st.Coupons)
	}
}

func TestPlaceOrder(t *testing.T) {
	db := seeded(t, testWorld())
	a := actor("newuser", 10)
	if _, err := db.ClaimCoupon(a, "c-kfc", model.SourcePost); err != nil {
		t.Fatal(err)
	}
	evs, _ := db.Events(0, 100)
	n := len(evs)

	// client prices, names, totals and ids are ignored
	in := model.Order{ID: "mine", MiniProgramID: "mp-kfc", TotalCents: 1, CouponID: "c-bk",
		Lines: []model.OrderLine{{ServiceID: "crayfish", Qty: 2, PriceCents: 1, Name: "cheap"}, {ServiceID: "bucket", Qty: 1}}}
	o, err := db.PlaceOrder(a, in, "c-kfc")
	if err != nil {
		t.Fatal(err)
	}
	want := model.Order{ID: o.ID, MiniProgramID: "mp-kfc",
		Lines: []model.OrderLine{
			{ServiceID: "crayfish", Name: "Crayfish burger", Qty: 2, PriceCents: 3500},
			{ServiceID: "bucket", Name: "Family bucket", Qty: 1, PriceCents: 8900},
		},
		SubtotalCents: 15900, DiscountCents: 500, TotalCents: 15400, CouponID: "c-kfc", PaidAt: a.At}
	if o.ID == "" || o.ID == "mine" || !reflect.DeepEqual(o, want) {
		t.Errorf("order = %+v\nwant    %+v", o, want)
	}
	all, _ := db.Events(0, 100)
	if len(all) != n+3 {
		t.Fatalf("%d events; want order, payment and coupon_redeem", len(all)-n)
	}
	checkEvent(t, all[n], model.EventOrder, "mp-kfc", "", 0, o.ID)
	checkEvent(t, all[n+1], model.EventPayment, o.ID, "", 0, "mp-kfc")
	if all[n+1].Value != 15400 {
		t.Errorf("payment value = %d; want 15400 cents", all[n+1].Value)
	}
	checkEvent(t, all[n+2], model.EventCouponRedeem, "c-kfc", "", 0, o.ID)
	n += 3

	// the coupon is spent
	_, err = db.PlaceOrder(a, model.Order{MiniProgramID: "mp-kfc", Lines: []model.OrderLine{{ServiceID: "bucket", Qty: 1}}}, "c-kfc")
	if !errors.Is(err, model.ErrCouponRedeemed) {
		t.Errorf("reuse: %v", err)
	}
	// without a coupon
	o2, err := db.PlaceOrder(a, model.Order{MiniProgramID: "mp-newhope", CouponID: "c-kfc", Lines: []model.OrderLine{{ServiceID: "milk", Qty: 3}}}, "")
	if err != nil || o2.TotalCents != 3600 || o2.DiscountCents != 0 || o2.CouponID != "" || o2.ID == o.ID {
		t.Errorf("plain order = %+v, %v", o2, err)
	}
	all, _ = db.Events(0, 100)
	if len(all) != n+2 {
		t.Fatalf("%d events; want order and payment", len(all)-n)
	}
	checkEvent(t, all[n], model.EventOrder, "mp-newhope", "", 0, o2.ID)
	checkEvent(t, all[n+1], model.EventPayment, o2.ID, "", 0, "mp-newhope")

	db = reopen(t, db)
	st, _ := db.State("newuser")
	if len(st.Orders) != 2 || st.Orders[0].ID != o.ID || st.Orders[1].ID != o2.ID || st.Orders[0].TotalCents != 15400 {
		t.Errorf("orders after reopen = %+v", st.Orders)
	}
	if len(st.Coupons) != 1 || st.Coupons[0].RedeemedIn != o.ID {
		t.Errorf("coupon after order = %+v; want redeemed in %s", st.Coupons, o.ID)
	}
}

func TestPlaceOrderRejectsAndChangesNothing(t *testing.T) {
	db := seeded(t, testWorld())
	a := actor("newuser", 10)
	for _, id := range []model.CouponID{"c-kfc-big", "c-bk"} {
		if _, err := db.ClaimCoupon(a, id, model.SourcePost); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := db.State("newuser")
	evs, _ := db.Events(0, 100)
	line := func(s string, q int) []model.OrderLine { return []model.OrderLine{{ServiceID: s, Qty: q}} }
	for _, tt := range []struct {
		name   string
		o      model.Order
		coupon model.CouponID
		want   error
	}{
		{"no lines", model.Order{MiniProgramID: "mp-kfc"}, "", ErrInvalid},
		{"zero qty", model.Order{MiniProgramID: "mp-kfc", Lines: line("bucket", 0)}, "", ErrInvalid},
		{"huge qty", model.Order{MiniProgramID: "mp-kfc", Lines: line("bucket", MaxOrderQty+1)}, "", ErrInvalid},
		{"unknown service", model.Order{MiniProgramID: "mp-kfc", Lines: line("whopper", 1)}, "", ErrNotFound},
		{"unknown coupon", model.Order{MiniProgramID: "mp-kfc", Lines: line("bucket", 1)}, "zz", ErrNotFound},
		{"unclaimed coupon", model.Order{MiniProgramID: "mp-kfc", Lines: line("bucket", 1)}, "c-kfc", ErrNotClaimed},
		{"below threshold", model.Order{MiniProgramID: "mp-kfc", Lines: line("bucket", 1)}, "c-kfc-big", model.ErrCouponThreshold},
		{"wrong mini program", model.Order{MiniProgramID: "mp-kfc", Lines: line("bucket", 2)}, "c-bk", model.ErrCouponWrongMerchant},
	} {
		if _, err := db.PlaceOrder(a, tt.o, tt.coupon); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v; want %v", tt.name, err, tt.want)
		}
	}
	// not valid yet / any more at the actor's time
	late := model.Actor{Persona: "newuser", Session: "s1", At: epoch.AddDate(0, 1, 0)}
	if _, err := db.PlaceOrder(late, model.Order{MiniProgramID: "mp-kfc", Lines: line("bucket", 2)}, "c-kfc-big"); !errors.Is(err, model.ErrCouponNotValid) {
		t.Errorf("expired at payment: %v", err)
	}
	if after, _ := db.State("newuser"); !reflect.DeepEqual(before, after) {
		t.Errorf("state changed:\n%+v\n%+v", before, after)
	}
	noEvent(t, db, len(evs))
	// the threshold coupon works on a big enough order
	o, err := db.PlaceOrder(a, model.Order{MiniProgramID: "mp-kfc", Lines: line("bucket", 2)}, "c-kfc-big")
	if err != nil || o.DiscountCents != 2000 || o.TotalCents != 15800 {
		t.Errorf("threshold order = %+v, %v", o, err)
	}
}

func TestNearbyCoupons(t *testing.T) {
	db := seeded(t, testWorld())
	persona, _ := db.Persona("newuser")
	got, err := db.NearbyCoupons(persona.Location, 1000, epoch)
	if err != nil {
		t.Fatal(err)
	}
	var ids []model.CouponID
	for _, c := range got {
		ids = append(ids, c.Coupon.ID)
		if c.Metres > 1000 || c.MiniProgram.ID != c.Coupon.MiniProgramID || c.Store.ID == "" {
			t.Errorf("bad entry %+v", c)
		}
	}
	// KFC's store is ~70 m away, New Hope's ~290 m; BK is in Beijing; c-old expired
	want := []model.CouponID{"c-kfc", "c-kfc-big", "c-nh"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("NearbyCoupons = %v; want %v", ids, want)
	}
	if got, _ := db.NearbyCoupons(persona.Location, 100, epoch); len(got) != 2 {
		t.Errorf("within 100 m: %d coupons; want KFC's 2", len(got))
	}
	// three days earlier only last year's deal was valid
	if got, _ := db.NearbyCoupons(persona.Location, 1000, epoch.Add(-72*time.Hour)); len(got) != 1 || got[0].Coupon.ID != "c-old" {
		t.Errorf("three days earlier: %+v", got)
	}
}
