package store_test

import (
	"fmt"
	"testing"
	"time"

	"lifesim/internal/benchworld"
	"lifesim/model"
)

// The merchant console's reads and writes on the generated world
// (LIFESIM_BENCH_POSTS posts): the scope walks the mini programs for the
// ones bound to the account, so its cost grows with the world's mini
// programs, not with the account's own.

// BenchmarkMerchantScope is the scope the console reads on opening and
// every form checks against, for the built-in New Hope Dairy and for the
// last generated account that has a merchant.
func BenchmarkMerchantScope(b *testing.B) {
	db := benchworld.Store(b)
	w, _ := benchworld.World(b)
	var generated model.AccountID
	for _, a := range w.Accounts {
		if a.MerchantID != "" {
			generated = a.ID
		}
	}
	for _, acc := range []model.AccountID{"new-hope-dairy", generated} {
		b.Run(string(acc), func(b *testing.B) {
			for b.Loop() {
				if _, err := db.MerchantScope(acc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOperators lists the operators (the persona picker, `lifesim
// merchant` with no account).
func BenchmarkOperators(b *testing.B) {
	db := benchworld.Store(b)
	for b.Loop() {
		if _, err := db.Operators(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPublishAsMerchant is one post from the console's Publish
// screen, with a service link and a coupon, committed.
func BenchmarkPublishAsMerchant(b *testing.B) {
	db := benchworld.Store(b)
	at := time.Date(2026, 1, 12, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))
	a := model.Actor{Persona: model.MerchantPersona("new-hope-dairy"), Session: "bench", At: at}
	for i := 0; b.Loop(); i++ {
		_, err := db.PublishAsMerchant(a, "new-hope-dairy", model.MerchantDraft{Kind: model.PostImageText,
			Title: fmt.Sprintf("Milk week %d", i), Body: "Fresh milk at dawn.", Components: []model.Component{
				{Kind: model.ComponentService, MiniProgramID: "new-hope-member", ServiceID: "fresh-milk-week"},
				{Kind: model.ComponentCoupon, CouponID: "nh-new-member"},
			}})
		if err != nil {
			b.Fatal(err)
		}
	}
}
