package store

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"lifesim/fixtures"
	"lifesim/model"
)

// The walk on the embedded world, as far as the store goes: New
// Hope Dairy's operator creates a ¥5 coupon and publishes a post with a
// service link and that coupon; newuser, who follows the account, finds
// the post leading its Following feed, claims the coupon from the post and
// redeems it. The coupon is on the payment-success page near returning's
// home in Lujiazui, where New Hope has a milk station (newuser lives over
// a kilometre from either).
func TestRealWorldMerchantPublishes(t *testing.T) {
	w, hash, err := fixtures.LoadWithHash(fixtures.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	var returning model.Persona
	for i, p := range w.Personas {
		switch p.ID {
		case "newuser":
			w.Personas[i].Follows = append(w.Personas[i].Follows, "new-hope-dairy")
		case "returning":
			returning = p
		}
	}
	db := open(t, filepath.Join(t.TempDir(), "lifesim.db"))
	if _, err := db.Seed(w, hash); err != nil {
		t.Fatal(err)
	}
	now := w.Settings.Epoch.Add(time.Hour)
	op := model.Actor{Persona: model.MerchantPersona("new-hope-dairy"), Session: "console", At: now}
	c, err := db.CreateCoupon(op, "new-hope-dairy", model.CouponSpec{Kind: model.CouponSpendThreshold,
		MiniProgramID: "new-hope-member", DiscountCents: 500, ThresholdCents: 4000, ValidFrom: now, ValidUntil: now.AddDate(0, 0, 14)})
	if err != nil {
		t.Fatal(err)
	}
	post, err := db.PublishAsMerchant(op, "new-hope-dairy", model.MerchantDraft{Kind: model.PostImageText,
		Title: "A week of fresh milk, ¥5 off", Body: "Subscribe for a week and take ¥5 off over ¥40.",
		Components: []model.Component{
			{Kind: model.ComponentService, MiniProgramID: "new-hope-member", ServiceID: "fresh-milk-week"},
			{Kind: model.ComponentCoupon, CouponID: c.ID},
		}})
	if err != nil {
		t.Fatal(err)
	}
	f, err := db.Following("newuser", "", 5)
	if err != nil || len(f.Items) == 0 || f.Items[0].ID != post.ID {
		t.Fatalf("newuser's Following = %v, %v; want %s first", postIDs(f.Items), err, post.ID)
	}
	if got := f.Items[0].Components; got[0].Label != "24-Hour Fresh Milk, 7-day Subscription" || got[1].Label != "Spend ¥40 get ¥5 off" {
		t.Errorf("the post's components = %+v", got)
	}
	near, err := db.NearbyCoupons(returning.Location, w.Settings.NearbyRadiusMetres, now)
	if err != nil || !slices.ContainsFunc(near, func(n NearbyCoupon) bool { return n.Coupon.ID == c.ID }) {
		t.Errorf("coupons near returning = %d, %v; want %s among them", len(near), err, c.ID)
	}
	a := model.Actor{Persona: "newuser", Session: "phone", At: now.Add(time.Minute)}
	if _, err := db.ClaimCoupon(a, c.ID, model.SourcePostComponent); err != nil {
		t.Fatal(err)
	}
	o, err := db.PlaceOrder(a, model.Order{MiniProgramID: "new-hope-member",
		Lines: []model.OrderLine{{ServiceID: "fresh-milk-week", Qty: 1}}}, c.ID)
	if err != nil || o.DiscountCents != 500 || o.TotalCents != 4200-500 {
		t.Errorf("order = %+v, %v; want ¥42 less ¥5", o, err)
	}
	if r, probs := checked(t, closed(t, db)); !r.Healthy() {
		t.Errorf("check:\n%s", probs)
	}
}
