package order

import (
	"testing"

	"lifesim/model"
	"lifesim/ui/uitest"
)

// The payment-success page records an impression at pay_success for each
// merchant it offers a coupon of (the account of the coupon's mini
// program, the coupon as the detail), once per merchant however many of
// its coupons show, and none for the merchant just paid.
func TestSuccessRecordsOfferImpressions(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := success(t, db, "newuser", crayfishSvc)
	offers := d.S.(*Success).offers
	if len(offers) < 2 {
		t.Fatalf("want at least two offers near newuser, got %v", offerIDs(d.S.(*Success)))
	}
	imps := uitest.FindEvents(t, db, uitest.Match{Kind: model.EventImpression})
	want := map[string]bool{}
	for _, o := range offers {
		if o.MiniProgram.AccountID != "" {
			want[string(o.MiniProgram.AccountID)] = true
		}
	}
	got := map[string]bool{}
	for _, e := range imps {
		if got[e.Target] {
			t.Errorf("%s impressed twice", e.Target)
		}
		got[e.Target] = true
		if e.Source != model.SourcePaySuccess || e.Scene != 1403 {
			t.Errorf("impression %+v; want pay_success 1403", e)
		}
		if c, err := db.Coupon(model.CouponID(e.Detail)); err != nil || !want[e.Target] {
			t.Errorf("impression of %s for coupon %q (%v), not an offer's merchant", e.Target, e.Detail, err)
		} else if mp, _ := db.MiniProgram(c.MiniProgramID); mp.AccountID != model.AccountID(e.Target) {
			t.Errorf("coupon %s is not of %s", c.ID, e.Target)
		}
	}
	if len(got) != len(want) || got["kfc"] {
		t.Fatalf("impressed %v; want every offered merchant %v (never KFC, just paid)", got, want)
	}
}
