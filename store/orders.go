package store

import (
	"bytes"
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
		c, ci, err := couponToRedeem(tx, claimed, coupon)
		if err != nil {
			return nil, err
		}
		if priced, err = model.PriceOrder(priced, c, a.At); err != nil {
			return nil, err
		}
		if priced, err = recordOrder(tx, u, priced, a.At); err != nil {
			return nil, err
		}
		out = priced
		events := paidOrderEvents(a, priced)
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

// couponToRedeem is the coupon an order would redeem and its index in the
// persona's claims: nil and -1 when id is empty. The coupon must exist and
// be claimed and not yet redeemed.
func couponToRedeem(tx *bolt.Tx, claimed []model.ClaimedCoupon, id model.CouponID) (*model.Coupon, int, error) {
	if id == "" {
		return nil, -1, nil
	}
	cp, err := getCoupon(tx, id)
	if err != nil {
		return nil, -1, err
	}
	ci := claimedIndex(claimed, id)
	if ci < 0 {
		return nil, -1, &kindError{kind: ErrNotClaimed, msg: fmt.Sprintf("coupon not claimed: %s", cp.Title)}
	}
	if claimed[ci].RedeemedIn != "" {
		return nil, -1, fmt.Errorf("%s: %w", cp.Title, model.ErrCouponRedeemed)
	}
	return &cp, ci, nil
}

// recordOrder gives a priced order its id ("o-N", from the store's
// sequence) and paid time, and appends it to the persona's orders.
func recordOrder(tx *bolt.Tx, u *bolt.Bucket, priced model.Order, at time.Time) (model.Order, error) {
	seq, err := tx.Bucket(bktMeta).NextSequence()
	if err != nil {
		return model.Order{}, err
	}
	priced.ID, priced.PaidAt = fmt.Sprintf("o-%d", seq), at
	if err := appendHistory(u, userOrders, seq, toOrderRecord(priced)); err != nil {
		return model.Order{}, err
	}
	return priced, nil
}

// paidOrderEvents is the order and payment events of a paid order
// (payment's Value: the cents paid).
func paidOrderEvents(a model.Actor, priced model.Order) []model.Event {
	pay := model.NewEvent(a, model.EventPayment, priced.ID, "", string(priced.MiniProgramID))
	pay.Value = priced.TotalCents
	return []model.Event{model.NewEvent(a, model.EventOrder, string(priced.MiniProgramID), "", priced.ID), pay}
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
// payment-success page's "coupons within 1 km". It reads the nearby cells
// of idx_geo and those mini programs' coupons (idx_mp_coupons), so its
// cost depends on what is near, not on the world's size; only a radius
// too big for a few thousand cells walks every coupon, as a world with no
// index would.
func (d *DB) NearbyCoupons(at model.LatLng, radiusMetres float64, now time.Time) ([]NearbyCoupon, error) {
	out := []NearbyCoupon{}
	err := d.view(func(tx *bolt.Tx) error {
		near := nearStores{tx: tx, at: at, radiusMetres: radiusMetres, cache: map[model.MiniProgramID]nearStore{}}
		keep := func(c model.Coupon) error {
			if now.Before(c.ValidFrom) || !now.Before(c.ValidUntil) {
				return nil
			}
			n, err := near.of(c.MiniProgramID)
			if err == nil && n.ok {
				out = append(out, NearbyCoupon{Coupon: c, MiniProgram: n.mp, Store: n.store, Metres: n.metres})
			}
			return err
		}
		mps, ok := nearMiniPrograms(tx, at, radiusMetres)
		if !ok {
			return walkCoupons(tx, keep)
		}
		return couponsOf(tx, mps, keep)
	})
	slices.SortFunc(out, func(a, b NearbyCoupon) int {
		return cmp.Or(cmp.Compare(a.Metres, b.Metres), cmp.Compare(a.Coupon.ID, b.Coupon.ID))
	})
	return out, err
}

// walkCoupons calls fn with every coupon.
func walkCoupons(tx *bolt.Tx, fn func(model.Coupon) error) error {
	return tx.Bucket(bktCoupons).ForEach(func(_, v []byte) error {
		c, err := decode[model.Coupon](v)
		if err != nil {
			return err
		}
		return fn(c)
	})
}

// couponsOf calls fn with each coupon of the mini programs, by
// idx_mp_coupons; entries whose coupon is gone are skipped.
func couponsOf(tx *bolt.Tx, mps []model.MiniProgramID, fn func(model.Coupon) error) error {
	cur := tx.Bucket(bktIdxMPCoupons).Cursor()
	coupons := tx.Bucket(bktCoupons)
	for _, mp := range mps {
		prefix := prefixKey(string(mp))
		for k, _ := cur.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = cur.Next() {
			c, ok, err := getJSON[model.Coupon](coupons, k[len(prefix):])
			if err != nil {
				return err
			}
			if ok {
				if err := fn(c); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// nearStore is a mini program's store nearest to a point; ok when it has
// one within the radius.
type nearStore struct {
	mp     model.MiniProgram
	store  model.Store
	metres float64
	ok     bool
}

// nearStores looks up, at most once per mini program, its store nearest to
// at and whether that lies within radiusMetres.
type nearStores struct {
	tx           *bolt.Tx
	at           model.LatLng
	radiusMetres float64
	cache        map[model.MiniProgramID]nearStore
}

// of is the mini program's nearest store; a mini program that is gone has
// none (ok false).
func (n *nearStores) of(id model.MiniProgramID) (nearStore, error) {
	if s, seen := n.cache[id]; seen {
		return s, nil
	}
	var s nearStore
	mp, ok, err := getJSON[model.MiniProgram](n.tx.Bucket(bktMiniPrograms), []byte(id))
	if err != nil {
		return s, err
	}
	if ok {
		store, m, has := model.NearestStore(mp, n.at)
		s = nearStore{mp, store, m, has && m <= n.radiusMetres}
	}
	n.cache[id] = s
	return s, nil
}
