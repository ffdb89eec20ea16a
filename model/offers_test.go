package model

import (
	"slices"
	"testing"
)

func TestPaySuccessOffers(t *testing.T) {
	nc := func(id CouponID, m MerchantID, kind CouponKind, metres float64) NearbyCoupon {
		return NearbyCoupon{Coupon: Coupon{ID: id, MerchantID: m, Kind: kind}, MiniProgram: MiniProgram{ID: MiniProgramID(m)}, Metres: metres}
	}
	near := []NearbyCoupon{
		nc("paid-own", "kfc", CouponPayToGet, 10),   // the merchant just paid
		nc("w-gift", "watsons", CouponPayToGet, 97), // nearest other merchant
		nc("z-spend", "zhouheiya", CouponSpendThreshold, 131),
		nc("z-plain", "zhouheiya", CouponPlain, 131),        // not a pay-success kind
		nc("w-spend", "watsons", CouponSpendThreshold, 150), // Watsons' farther store
		nc("z-gift", "zhouheiya", CouponPayToGet, 131),
	}
	got := PaySuccessOffers(near, "kfc")
	var merchants []MerchantID
	var coupons [][]CouponID
	for _, g := range got {
		merchants = append(merchants, g.Merchant)
		var ids []CouponID
		for _, c := range g.Coupons {
			ids = append(ids, c.Coupon.ID)
		}
		coupons = append(coupons, ids)
	}
	if !slices.Equal(merchants, []MerchantID{"watsons", "zhouheiya"}) {
		t.Fatalf("merchants %v, want each once, nearest first, without the one paid", merchants)
	}
	if !slices.Equal(coupons[0], []CouponID{"w-gift", "w-spend"}) || !slices.Equal(coupons[1], []CouponID{"z-spend", "z-gift"}) {
		t.Fatalf("coupons %v, want each merchant's pay-success coupons under it", coupons)
	}
	if got[0].Metres != 97 || got[1].Metres != 131 {
		t.Errorf("distances %v, %v: want each merchant's nearest", got[0].Metres, got[1].Metres)
	}
	if PaySuccessOffers(nil, "kfc") != nil {
		t.Error("no coupons near: no offers")
	}
}

func TestBrandName(t *testing.T) {
	mp := MiniProgram{ID: "kfc-ordering", Name: "KFC Self-Service Ordering", AccountID: "kfc"}
	for _, tc := range []struct {
		name    string
		mp      MiniProgram
		account LifeAccount
		want    string
	}{
		{"its life account's name", mp, LifeAccount{ID: "kfc", Name: "KFC"}, "KFC"},
		{"no account read", mp, LifeAccount{}, "KFC Self-Service Ordering"},
		{"another account", mp, LifeAccount{ID: "bk", Name: "Burger King"}, "KFC Self-Service Ordering"},
		{"an account without a name", mp, LifeAccount{ID: "kfc"}, "KFC Self-Service Ordering"},
	} {
		if got := BrandName(tc.mp, tc.account); got != tc.want {
			t.Errorf("%s: BrandName = %q, want %q", tc.name, got, tc.want)
		}
	}
}
