package gen

import (
	"fmt"
	"math/rand/v2"
	"time"

	"lifesim/fixtures"
	"lifesim/model"
)

// genCoupons gives the mini programs coupons, valid for three weeks to
// five months around the world's epoch: most can be used at the epoch, some
// have run out and a few start later.
func (g *generator) genCoupons() {
	r := newRand(g.seed, streamCoupons)
	for i := range g.b.coupons {
		if m := g.mpNumber(g.b.coupons[i].MiniProgramID); m >= 0 {
			g.mpInfo[m].coupons = append(g.mpInfo[m].coupons, i)
		}
	}
	for i := range g.p.coupons {
		m := g.subjects[r.IntN(len(g.subjects))]
		c := g.newCoupon(r, i, g.mp(m))
		g.coupons = append(g.coupons, c)
		g.mpInfo[m].coupons = append(g.mpInfo[m].coupons, len(g.b.coupons)+i)
	}
}

// mpNumber is the built-in mini program's number, or -1.
func (g *generator) mpNumber(id model.MiniProgramID) int {
	for i, m := range g.b.miniPrograms {
		if m.ID == id {
			return i
		}
	}
	return -1
}

var cst = time.FixedZone("CST", 8*60*60) // China Standard Time, as the files write times

func (g *generator) newCoupon(r *rand.Rand, i int, m *fixtures.MiniProgramRecord) fixtures.CouponRecord {
	yuan := int64(between(r, 3, 50))
	c := fixtures.CouponRecord{
		ID:            model.CouponID(fmt.Sprintf("gen-c%06d", i+1)),
		MerchantID:    m.MerchantID,
		MiniProgramID: m.ID,
		DiscountCents: yuan * 100,
	}
	item := pick(r, paidNames(m.Services))
	switch x := r.IntN(10); {
	case x < 4:
		c.Kind = model.CouponPlain
		c.Title = fit(80, fmt.Sprintf("¥%d off %s", yuan, item), fmt.Sprintf("¥%d off at %s", yuan, m.Name), fmt.Sprintf("¥%d off", yuan))
	case x < 6:
		c.Kind = model.CouponPayToGet
		c.Title = fit(80, fmt.Sprintf("¥%d off your next %s order", yuan, m.Name), fmt.Sprintf("¥%d off your next order", yuan))
	default:
		c.Kind = model.CouponSpendThreshold
		c.ThresholdCents = c.DiscountCents * int64(between(r, 3, 8))
		c.Title = fmt.Sprintf("¥%d off orders over ¥%d", yuan, c.ThresholdCents/100)
	}
	day := time.Date(g.epoch.In(cst).Year(), g.epoch.In(cst).Month(), g.epoch.In(cst).Day(), 0, 0, 0, 0, cst)
	c.ValidFrom = day.AddDate(0, 0, between(r, -60, 10))
	c.ValidUntil = c.ValidFrom.AddDate(0, 0, between(r, 21, 150)).Add(-time.Second)
	return c
}
