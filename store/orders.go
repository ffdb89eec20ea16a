package store

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// MaxOrderQty caps one line's quantity.
const MaxOrderQty = 99

// ClaimCoupon puts a coupon into the persona's card pack under
// model.CanClaim: once per persona (ErrAlreadyClaimed) and not after it
// expires at the actor's time (ErrExpired). The claim and its event carry
// src, where the persona claimed it.
func (d *DB) ClaimCoupon(a model.Actor, id model.CouponID, src model.Source) (model.ClaimedCoupon, error) {
	a = stamp(a)
	var cc model.ClaimedCoupon
	err := d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		c, err := getCoupon(tx, id)
		if err != nil {
			return nil, err
		}
		claimed, err := readClaims(u)
		if err != nil {
			return nil, err
		}
		switch err := model.CanClaim(c, claimed, a.At); {
		case errors.Is(err, model.ErrCouponClaimed):
			return nil, &kindError{kind: ErrAlreadyClaimed, msg: fmt.Sprintf("coupon already claimed: %s", c.Title)}
		case errors.Is(err, model.ErrCouponExpired):
			return nil, &kindError{kind: ErrExpired, msg: fmt.Sprintf("coupon has expired: %s (valid until %s)", c.Title, c.ValidUntil.Format(time.DateOnly))}
		case err != nil:
			return nil, err
		}
		cc = model.ClaimedCoupon{CouponID: id, ClaimedAt: a.At, Source: src, Scene: src.Scene()}
		if err := writeClaims(u, append(claimed, cc)); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, model.EventCouponClaim, string(id), src, "")}, nil
	})
	if err != nil {
		return model.ClaimedCoupon{}, err
	}
	return cc, nil
}

func claimedIndex(list []model.ClaimedCoupon, id model.CouponID) int {
	for i, c := range list {
		if c.CouponID == id {
			return i
		}
	}
	return -1
}

// PlaceOrder prices and pays the order in one transaction: the mini program
// and each line's service must exist; names and prices come from the
// catalogue (the caller's are ignored); quantities are 1..MaxOrderQty. If
// coupon is not empty it must be claimed and unredeemed and apply under
// model.PriceOrder at the actor's time; it is then marked redeemed. The
// order gets an id ("o-N") and its paid time; `order`, `payment` (Value:
// the cents paid) and, with a coupon, `coupon_redeem` events are appended.
func (d *DB) PlaceOrder(a model.Actor, o model.Order, coupon model.CouponID) (model.Order, error) {
	a = stamp(a)
	var out model.Order
	err := d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		priced, err := priceLines(tx, o)
		if err != nil {
			return nil, err
		}
		claimed, err := readClaims(u)
		if err != nil {
			return nil, err
		}
		var c *model.Coupon
		ci := -1
		if coupon != "" {
			cp, err := getCoupon(tx, coupon)
			if err != nil {
				return nil, err
			}
			if ci = claimedIndex(claimed, coupon); ci < 0 {
				return nil, &kindError{kind: ErrNotClaimed, msg: fmt.Sprintf("coupon not claimed: %s", cp.Title)}
			}
			if claimed[ci].RedeemedIn != "" {
				return nil, fmt.Errorf("%s: %w", cp.Title, model.ErrCouponRedeemed)
			}
			c = &cp
		}
		if priced, err = model.PriceOrder(priced, c, a.At); err != nil {
			return nil, err
		}
		seq, err := tx.Bucket(bktMeta).NextSequence()
		if err != nil {
			return nil, err
		}
		priced.ID, priced.PaidAt = fmt.Sprintf("o-%d", seq), a.At
		if err := appendHistory(u, userOrders, seq, toOrderRecord(priced)); err != nil {
			return nil, err
		}
		out = priced
		pay := model.NewEvent(a, model.EventPayment, priced.ID, "", string(priced.MiniProgramID))
		pay.Value = priced.TotalCents
		events := []model.Event{model.NewEvent(a, model.EventOrder, string(priced.MiniProgramID), "", priced.ID), pay}
		if c != nil {
			claimed[ci].RedeemedIn = priced.ID
			if err := writeClaims(u, claimed); err != nil {
				return nil, err
			}
			events = append(events, model.NewEvent(a, model.EventCouponRedeem, string(c.ID), "", priced.ID))
		}
		return events, nil
	})
	if err != nil {
		return model.Order{}, err
	}
	return out, nil
}

// priceLines returns a copy of o with only what the caller may choose (the
// mini program, services and quantities) and everything else from the
// catalogue.
func priceLines(tx *bolt.Tx, o model.Order) (model.Order, error) {
	mp, err := getMiniProgram(tx, o.MiniProgramID)
	if err != nil {
		return model.Order{}, err
	}
	if len(o.Lines) == 0 {
		return model.Order{}, invalid("order has no items")
	}
	out := model.Order{MiniProgramID: mp.ID, Lines: make([]model.OrderLine, 0, len(o.Lines))}
	for _, l := range o.Lines {
		s, ok := mp.Service(l.ServiceID)
		if !ok {
			return model.Order{}, notFound("service", fmt.Sprintf("%s/%s", mp.ID, l.ServiceID))
		}
		if l.Qty < 1 || l.Qty > MaxOrderQty {
			return model.Order{}, invalid("quantity of %s must be 1 to %d, not %d", s.Name, MaxOrderQty, l.Qty)
		}
		out.Lines = append(out.Lines, model.OrderLine{ServiceID: s.ID, Name: s.Name, Qty: l.Qty, PriceCents: s.PriceCents})
	}
	return out, nil
}

// NearbyCoupon is a coupon of a mini program with a store near a point.
type NearbyCoupon struct {
	Coupon      model.Coupon
	MiniProgram model.MiniProgram
	Store       model.Store // the nearest store
	Metres      float64
}

// NearbyCoupons lists the coupons valid at now whose mini program has a
// store within radiusMetres of at, nearest first (then by coupon id): the
// payment-success page's "coupons within 1 km". It walks the coupons once,
// reading each mini program at most once.
func (d *DB) NearbyCoupons(at model.LatLng, radiusMetres float64, now time.Time) ([]NearbyCoupon, error) {
	out := []NearbyCoupon{}
	err := d.view(func(tx *bolt.Tx) error {
		type near struct {
			mp     model.MiniProgram
			store  model.Store
			metres float64
			ok     bool
		}
		cache := map[model.MiniProgramID]near{}
		return tx.Bucket(bktCoupons).ForEach(func(_, v []byte) error {
			c, err := decode[model.Coupon](v)
			if err != nil {
				return err
			}
			if now.Before(c.ValidFrom) || !now.Before(c.ValidUntil) {
				return nil
			}
			n, seen := cache[c.MiniProgramID]
			if !seen {
				mp, ok, err := getJSON[model.MiniProgram](tx.Bucket(bktMiniPrograms), []byte(c.MiniProgramID))
				if err != nil {
					return err
				}
				if ok {
					s, m, has := model.NearestStore(mp, at)
					n = near{mp, s, m, has && m <= radiusMetres}
				}
				cache[c.MiniProgramID] = n
			}
			if n.ok {
				out = append(out, NearbyCoupon{Coupon: c, MiniProgram: n.mp, Store: n.store, Metres: n.metres})
			}
			return nil
		})
	})
	slices.SortFunc(out, func(a, b NearbyCoupon) int {
		return cmp.Or(cmp.Compare(a.Metres, b.Metres), cmp.Compare(a.Coupon.ID, b.Coupon.ID))
	})
	return out, err
}
