package model

import (
	"maps"
	"time"
)

// merchantDays is the merchant's figures by day and over the whole log.
//
// The day an event counts on depends on the location of Report's now,
// which the fold does not know while it folds: it keeps the figures by
// quarter hour (UTC) instead and sums them into days when asked. Every
// time zone in use is offset from UTC by whole quarter hours, so a
// quarter hour never straddles midnight. Memory is one entry per quarter
// hour in which something of the merchant's happened.
type merchantDays struct {
	slots    map[int64]*MerchantDay
	total    MerchantDay
	follows  map[Origin]int
	collects map[Origin]int
	revisits map[Source]int
}

// slotLen is the length of a slot: a quarter hour, in seconds.
const slotLen = 15 * 60

func newMerchantDays() merchantDays {
	return merchantDays{
		slots: map[int64]*MerchantDay{}, follows: map[Origin]int{},
		collects: map[Origin]int{}, revisits: map[Source]int{},
	}
}

func (d *merchantDays) add(f *MerchantFold, e Event) {
	x, ok := f.in.dayFigures(f.scope.Account, e)
	if !ok {
		return
	}
	slot := floorDiv(e.At.Unix(), slotLen)
	s := d.slots[slot]
	if s == nil {
		s = &MerchantDay{}
		d.slots[slot] = s
	}
	s.plus(x)
	d.total.plus(x)
	switch {
	case x.FollowersGained > 0:
		d.follows[OriginOf(e.Source)]++
	case x.Collects > 0:
		d.collects[OriginOf(e.Source)]++
	case x.Revisits > 0:
		d.revisits[e.Source]++
	}
}

// dayFigures is what e adds to its day, and whether it adds anything.
func (in scopeSets) dayFigures(acc AccountID, e Event) (MerchantDay, bool) {
	var x MerchantDay
	switch e.Kind {
	case EventFollow, EventUnfollow:
		if e.Target == string(acc) {
			x.FollowersGained, x.FollowersLost = one(e.Kind == EventFollow), one(e.Kind == EventUnfollow)
		}
	case EventCollect, EventUncollect:
		if in.mps[e.Target] {
			x.Collects, x.Uncollects = one(e.Kind == EventCollect), one(e.Kind == EventUncollect)
		}
	case EventOpenMiniProgram:
		x.Revisits = one(in.mps[e.Target] && e.Source.IsRevisit())
	default:
		x = in.moneyFigures(e)
	}
	return x, x != MerchantDay{}
}

// moneyFigures is what an order, a payment or a coupon adds to its day.
func (in scopeSets) moneyFigures(e Event) MerchantDay {
	var x MerchantDay
	switch e.Kind {
	case EventOrder:
		x.Orders = one(in.mps[e.Target])
	case EventPayment:
		if in.mps[e.Detail] {
			x.RevenueCents = e.Value
		}
	case EventCouponClaim:
		// Every coupon in a card pack was claimed there (see MerchantFold).
		x.CouponsIssued = one(in.coupons[e.Target])
		x.CouponsClaimed = x.CouponsIssued
	case EventCouponRedeem:
		x.CouponsRedeemed = one(in.coupons[e.Target])
	}
	return x
}

func one(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (d *MerchantDay) plus(x MerchantDay) {
	d.FollowersGained += x.FollowersGained
	d.FollowersLost += x.FollowersLost
	d.Collects += x.Collects
	d.Uncollects += x.Uncollects
	d.Revisits += x.Revisits
	d.Orders += x.Orders
	d.RevenueCents += x.RevenueCents
	d.CouponsIssued += x.CouponsIssued
	d.CouponsClaimed += x.CouponsClaimed
	d.CouponsRedeemed += x.CouponsRedeemed
}

// report is the span of days days ending on now's day, oldest first, each
// at midnight in now's location, and the totals over the whole log.
func (d *merchantDays) report(now time.Time, days int) ([]MerchantDay, MerchantDay) {
	type date struct {
		y int
		m time.Month
		d int
	}
	loc := now.Location()
	y, m, today := now.Date()
	out := make([]MerchantDay, days)
	index := make(map[date]int, days)
	for i := range out {
		out[i].Day = time.Date(y, m, today-(days-1-i), 0, 0, 0, 0, loc)
		dy, dm, dd := out[i].Day.Date()
		index[date{dy, dm, dd}] = i
	}
	for slot, x := range d.slots {
		sy, sm, sd := time.Unix(slot*slotLen, 0).In(loc).Date()
		if i, ok := index[date{sy, sm, sd}]; ok {
			out[i].plus(*x)
		}
	}
	return out, d.total
}

// byOrigin is followers gained and collects by origin and revisits by
// source, every origin and revisit source present.
func (d *merchantDays) byOrigin() (follows, collects map[Origin]int, revisits map[Source]int) {
	follows, collects = map[Origin]int{}, map[Origin]int{}
	for _, o := range Origins {
		follows[o], collects[o] = d.follows[o], d.collects[o]
	}
	revisits = map[Source]int{SourceHomeGrid: 0, SourceMyMiniPrograms: 0}
	maps.Copy(revisits, d.revisits)
	return follows, collects, revisits
}

// floorDiv is a/b rounded down (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
