package store

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// The merchant's side (store.Merchants): a life account with a merchant
// has an operator, who acts in the log as model.MerchantPersona(account)
// and writes posts, coupons and messages from the merchant console.
//
// What an operator writes is user state, kept in operators/<account>
// (buckets.go). Its posts and coupons are also written into the world
// buckets and every index, exactly as seeded ones are, so every read path
// (feeds, search, the coupon window, payment-success offers, claiming and
// redeeming) shows them like any other. Seeding rewrites the world, so it
// writes them back (restoreOperators); clearing user state takes them out
// (unpublishOperators): merchant_restore.go.

// operatorAction is the body of an operator's write: it changes state in
// tx (op is the account's bucket in operators, acc the account as stored,
// without the fans its followers add) and returns the events to append.
type operatorAction func(tx *bolt.Tx, op *bolt.Bucket, acc model.LifeAccount, a model.Actor) ([]model.Event, error)

// operate runs one operator's write as one write transaction, as act runs
// a persona's: the account must have a merchant; the actor is its
// operator (an empty persona is taken to be); its bucket is created if
// needed, and no persona state is. The events returned are appended in
// the same transaction. If fn fails, nothing changes.
func (d *DB) operate(a model.Actor, account model.AccountID, fn operatorAction) error {
	op := model.MerchantPersona(account)
	if a.Persona == "" {
		a.Persona = op
	}
	if a.Persona != op {
		return invalid("%s cannot act for life account %q: only its operator %s can", a.Persona, account, op)
	}
	a = stamp(a)
	return d.update(func(tx *bolt.Tx) error {
		a.At = d.actionTime(tx, a)
		acc, err := merchantAccount(tx, account)
		if err != nil {
			return err
		}
		b, err := tx.Bucket(bktOperators).CreateBucketIfNotExists([]byte(account))
		if err != nil {
			return err
		}
		events, err := fn(tx, b, acc, a)
		if err != nil {
			return err
		}
		for _, e := range events {
			if _, err := appendEvent(tx, e); err != nil {
				return err
			}
		}
		return nil
	})
}

// merchantAccount is the account as stored, if it has a merchant.
func merchantAccount(tx *bolt.Tx, id model.AccountID) (model.LifeAccount, error) {
	acc, err := getByID[model.LifeAccount](tx, bktAccounts, "life account", string(id))
	if err != nil {
		return acc, err
	}
	if acc.MerchantID == "" {
		return acc, fmt.Errorf("life account %q has no merchant, so no operator: %w", id, ErrNotFound)
	}
	return acc, nil
}

// merchantField is how a stored account record names its merchant.
var merchantField = []byte(`"merchant":`)

// Operators is every life account that has a merchant, by name (then id);
// Fans include every persona's follows. Only the records that name a
// merchant are decoded.
func (d *DB) Operators() ([]model.LifeAccount, error) {
	return viewGet(d, func(tx *bolt.Tx) ([]model.LifeAccount, error) {
		out := []model.LifeAccount{}
		err := tx.Bucket(bktAccounts).ForEach(func(k, v []byte) error {
			if !bytes.Contains(v, merchantField) {
				return nil // omitted when empty: no merchant
			}
			acc, err := decode[model.LifeAccount](v)
			if err != nil {
				return fmt.Errorf("life account %q: %w", k, err)
			}
			if acc.MerchantID != "" {
				acc.Fans += fansDelta(tx, acc.ID)
				out = append(out, acc)
			}
			return nil
		})
		slices.SortFunc(out, func(a, b model.LifeAccount) int {
			return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
		})
		return out, err
	})
}

// MerchantScope is what belongs to account's merchant now: its mini
// programs (those the account associates, which include those bound to
// it), its
// posts newest first, its coupons (the coupon window, then the other
// coupons of its mini programs, then any other its operator created) and
// the groups its posts link by a group component. An unknown account, or
// one with no merchant, is ErrNotFound naming it.
func (d *DB) MerchantScope(account model.AccountID) (model.MerchantScope, error) {
	return viewGet(d, func(tx *bolt.Tx) (model.MerchantScope, error) {
		acc, err := merchantAccount(tx, account)
		if err != nil {
			return model.MerchantScope{}, err
		}
		return scopeOf(tx, acc)
	})
}

// scopeOf is MerchantScope of an account read in tx.
func scopeOf(tx *bolt.Tx, acc model.LifeAccount) (model.MerchantScope, error) {
	s := model.MerchantScope{Account: acc.ID, Merchant: acc.MerchantID}
	s.MiniPrograms = scopeMiniPrograms(tx, acc)
	posts, err := accountPosts(tx, acc.ID)
	if err != nil {
		return s, err
	}
	s.Posts, s.Groups = make([]model.PostID, 0, len(posts)), []model.GroupID{}
	groups := tx.Bucket(bktGroups)
	for _, p := range posts {
		s.Posts = append(s.Posts, p.ID)
		for _, c := range p.Components {
			if c.Kind == model.ComponentGroup && groups.Get([]byte(c.GroupID)) != nil && !slices.Contains(s.Groups, c.GroupID) {
				s.Groups = append(s.Groups, c.GroupID)
			}
		}
	}
	s.Coupons, err = scopeCoupons(tx, acc, s.MiniPrograms)
	return s, err
}

// scopeMiniPrograms is the mini programs the account associates, those
// that exist. A mini program bound to an account is always among them:
// loading fixtures refuses a binding its account does not associate
// (fixtures/checks.go), so the mini programs need no walk.
func scopeMiniPrograms(tx *bolt.Tx, acc model.LifeAccount) []model.MiniProgramID {
	mps := tx.Bucket(bktMiniPrograms)
	out := []model.MiniProgramID{}
	for _, id := range acc.MiniPrograms {
		if mps.Get([]byte(id)) != nil && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// scopeCoupons is the account's coupon window (the coupons that exist),
// then the other coupons of its mini programs (idx_mp_coupons), then any
// other coupon its operator created.
func scopeCoupons(tx *bolt.Tx, acc model.LifeAccount, mps []model.MiniProgramID) ([]model.CouponID, error) {
	out := []model.CouponID{}
	add := func(id model.CouponID) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	coupons := tx.Bucket(bktCoupons)
	for _, id := range acc.CouponWindow {
		if coupons.Get([]byte(id)) != nil {
			add(id)
		}
	}
	err := couponsOf(tx, mps, func(c model.Coupon) error { add(c.ID); return nil })
	if err != nil {
		return nil, err
	}
	created, err := operatorHistory(tx, acc.ID, opCoupons, couponRecord.model)
	for _, c := range created {
		if coupons.Get([]byte(c.ID)) != nil {
			add(c.ID)
		}
	}
	return out, err
}

// accountPosts is the account's posts, newest first (idx_account_posts),
// as stored: without every persona's counts.
func accountPosts(tx *bolt.Tx, id model.AccountID) ([]model.Post, error) {
	prefix := prefixKey(string(id))
	posts := tx.Bucket(bktPosts)
	out := []model.Post{}
	c := tx.Bucket(bktIdxAccountPosts).Cursor()
	k := seekBefore(c, prefix, nil)
	for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
		postID, ok := splitTimeIDKey(k[len(prefix):])
		if !ok {
			continue
		}
		rec, ok, err := getJSON[postRecord](posts, []byte(postID))
		if err != nil {
			return nil, fmt.Errorf("post %q: %w", postID, err)
		}
		if ok {
			out = append(out, rec.model())
		}
	}
	return out, nil
}

// operatorHistory decodes one of an operator's nested buckets (opPosts,
// opCoupons, opMessages), oldest first; none if the operator wrote none.
func operatorHistory[R, M any](tx *bolt.Tx, account model.AccountID, name []byte, conv func(R) M) ([]M, error) {
	ops := tx.Bucket(bktOperators)
	if ops == nil || ops.Bucket([]byte(account)) == nil {
		return []M{}, nil // a store opened read-only before its upgrade
	}
	return historyVia(ops.Bucket([]byte(account)), name, conv)
}
