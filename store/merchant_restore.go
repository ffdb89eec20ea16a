package store

import (
	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// operatorWrites is what one operator wrote that lives in the world too:
// its posts and coupons, oldest first.
type operatorWrites struct {
	account model.AccountID
	posts   []model.Post
	coupons []model.Coupon
}

// eachOperator calls fn for every operator that wrote anything, by
// account id.
func eachOperator(tx *bolt.Tx, fn func(w operatorWrites) error) error {
	ops := tx.Bucket(bktOperators)
	if ops == nil {
		return nil
	}
	var accounts []model.AccountID
	if err := ops.ForEachBucket(func(k []byte) error {
		accounts = append(accounts, model.AccountID(k))
		return nil
	}); err != nil {
		return err
	}
	for _, acc := range accounts {
		posts, err := operatorHistory(tx, acc, opPosts, postRecord.model)
		if err != nil {
			return err
		}
		coupons, err := operatorHistory(tx, acc, opCoupons, couponRecord.model)
		if err != nil {
			return err
		}
		if err := fn(operatorWrites{acc, posts, coupons}); err != nil {
			return err
		}
	}
	return nil
}

// restoreOperators writes every operator's posts and coupons back into a
// freshly seeded world, its coupons at the end of its account's coupon
// window again. An account gone from the fixtures keeps its posts under
// its id, as a persona gone keeps its own.
func restoreOperators(tx *bolt.Tx) error {
	groups := groupIndex(tx)
	return eachOperator(tx, func(w operatorWrites) error {
		acc, ok, err := getJSON[model.LifeAccount](tx.Bucket(bktAccounts), []byte(w.account))
		if err != nil {
			return err
		}
		if !ok {
			acc = model.LifeAccount{ID: w.account, Name: string(w.account)}
		}
		for _, p := range w.posts {
			if err := putPublished(tx, acc, p, groups); err != nil {
				return err
			}
		}
		ids := make([]model.CouponID, 0, len(w.coupons))
		for _, c := range w.coupons {
			if err := putCreatedCoupon(tx, c); err != nil {
				return err
			}
			ids = append(ids, c.ID)
		}
		return windowed(tx, w.account, ids, false)
	})
}

// unpublishOperators takes every operator's posts and coupons out of the
// world buckets, the indexes and the coupon windows (before user state is
// cleared).
func unpublishOperators(tx *bolt.Tx) error {
	groups := groupIndex(tx)
	return eachOperator(tx, func(w operatorWrites) error {
		for _, p := range w.posts {
			if err := unpublish(tx, p, groups); err != nil {
				return err
			}
		}
		ids := make([]model.CouponID, 0, len(w.coupons))
		for _, c := range w.coupons {
			if err := dropCreatedCoupon(tx, c); err != nil {
				return err
			}
			ids = append(ids, c.ID)
		}
		return windowed(tx, w.account, ids, true)
	})
}
