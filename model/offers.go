package model

// NearbyCoupon is a coupon valid now whose mini program has a store near
// the persona, with that store's distance.
type NearbyCoupon struct {
	Coupon      Coupon
	MiniProgram MiniProgram
	Metres      float64
}

// MerchantOffers is one merchant's coupons as the payment-success page
// lists them: under one heading, at the distance of its nearest store.
type MerchantOffers struct {
	Merchant    MerchantID
	MiniProgram MiniProgram // of its nearest coupon: the heading's icon and brand
	Metres      float64
	Coupons     []NearbyCoupon
}

// PaySuccessOffers is the payment-success page's nearby offers: from near
// (the coupons near the persona, nearest first), those of the two kinds
// the platform offers there (pay-to-get and spend-threshold) from
// merchants other than paid, the one just paid; grouped by merchant, the
// merchants nearest first and each one's coupons in near's order.
func PaySuccessOffers(near []NearbyCoupon, paid MerchantID) []MerchantOffers {
	var out []MerchantOffers
	at := map[MerchantID]int{}
	for _, n := range near {
		m := n.Coupon.MerchantID
		if m == paid || !n.Coupon.Kind.OnPaySuccess() {
			continue
		}
		i, ok := at[m]
		if !ok {
			i = len(out)
			at[m] = i
			out = append(out, MerchantOffers{Merchant: m, MiniProgram: n.MiniProgram, Metres: n.Metres})
		}
		out[i].Coupons = append(out[i].Coupons, n)
	}
	return out
}

// BrandName is the name people know a mini program's merchant by: its
// life account's name ("KFC"), or else the mini program's, never the
// legal entity behind them ("Yum China (KFC)"). account is the mini
// program's bound account, zero when it has none or it cannot be read.
func BrandName(mp MiniProgram, account LifeAccount) string {
	if account.ID != "" && account.ID == mp.AccountID && account.Name != "" {
		return account.Name
	}
	return mp.Name
}
