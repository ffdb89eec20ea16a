package store

import (
	"errors"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// CreateCoupon creates a coupon of account's merchant, written by its
// operator: cleaned and checked against the merchant's scope at the
// action's time (a problem is a *model.FieldError matching ErrInvalid, and
// nothing is written). The coupon, "mc-<seq>", is kept in the operator's
// bucket, written into the coupons and idx_mp_coupons as a seeded one is
// (so it can be linked from a post, claimed, redeemed, and is offered on
// payment-success pages near its mini program's stores) and added to the
// end of the account's coupon window; coupon_create is appended (Target
// the coupon, Detail the account).
func (d *DB) CreateCoupon(a model.Actor, account model.AccountID, spec model.CouponSpec) (model.Coupon, error) {
	var c model.Coupon
	err := d.operate(a, account, func(tx *bolt.Tx, op *bolt.Bucket, acc model.LifeAccount, a model.Actor) ([]model.Event, error) {
		scope, err := scopeOf(tx, acc)
		if err != nil {
			return nil, err
		}
		clean := spec.Clean()
		if err := clean.Validate(scope, a.At); err != nil {
			return nil, draftError{err}
		}
		seq, err := tx.Bucket(bktMeta).NextSequence()
		if err != nil {
			return nil, err
		}
		c = clean.Coupon(model.CouponID(fmt.Sprintf("mc-%d", seq)), acc.MerchantID)
		if err := appendHistory(op, opCoupons, seq, toCouponRecord(c)); err != nil {
			return nil, err
		}
		if err := errors.Join(putCreatedCoupon(tx, c), windowed(tx, account, []model.CouponID{c.ID}, false)); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, model.EventCouponCreate, string(c.ID), "", string(account))}, nil
	})
	if err != nil {
		return model.Coupon{}, err
	}
	return c, nil
}

// putCreatedCoupon writes an operator's coupon into the world's coupons
// bucket and idx_mp_coupons.
func putCreatedCoupon(tx *bolt.Tx, c model.Coupon) error {
	return errors.Join(
		putJSON(tx.Bucket(bktCoupons), []byte(c.ID), c),
		tx.Bucket(bktIdxMPCoupons).Put(append(prefixKey(string(c.MiniProgramID)), c.ID...), nil),
	)
}

// windowed adds the coupons to the end of the account's coupon window, or
// takes them out of it (remove), rewriting the account record. An account
// that is gone is left so.
func windowed(tx *bolt.Tx, account model.AccountID, ids []model.CouponID, remove bool) error {
	accts := tx.Bucket(bktAccounts)
	acc, ok, err := getJSON[model.LifeAccount](accts, []byte(account))
	if err != nil || !ok || len(ids) == 0 {
		return err
	}
	for _, id := range ids {
		i := slices.Index(acc.CouponWindow, id)
		switch {
		case remove && i >= 0:
			acc.CouponWindow = slices.Delete(acc.CouponWindow, i, i+1)
		case !remove && i < 0:
			acc.CouponWindow = append(acc.CouponWindow, id)
		}
	}
	return putJSON(accts, []byte(account), acc)
}

// dropCreatedCoupon takes an operator's coupon out of the coupons bucket
// and idx_mp_coupons.
func dropCreatedCoupon(tx *bolt.Tx, c model.Coupon) error {
	if err := tx.Bucket(bktCoupons).Delete([]byte(c.ID)); err != nil {
		return err
	}
	return tx.Bucket(bktIdxMPCoupons).Delete(append(prefixKey(string(c.MiniProgramID)), c.ID...))
}
