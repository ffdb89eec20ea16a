package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// PublishAsMerchant publishes a post under account, written by its
// operator: cleaned and checked against the merchant's scope read in the
// same transaction (a component linking anything outside it is a
// *model.FieldError matching ErrInvalid, and nothing is written). A
// service component must name a service its mini program has. A component
// without a label is labelled from what it links: the service's (or mini
// program's) name, the coupon's deal, the group's name. The post, "m-<account>-<seq>",
// is kept in the operator's bucket and written into the world buckets and
// every index as a seeded post is, so it leads its followers' Following
// feeds and joins Recommended and Latest at once; merchant_post is
// appended (Target the post, Detail the account).
func (d *DB) PublishAsMerchant(a model.Actor, account model.AccountID, dr model.MerchantDraft) (model.Post, error) {
	var post model.Post
	err := d.operate(a, account, func(tx *bolt.Tx, op *bolt.Bucket, acc model.LifeAccount, a model.Actor) ([]model.Event, error) {
		scope, err := scopeOf(tx, acc)
		if err != nil {
			return nil, err
		}
		clean := dr.Clean()
		if err := clean.Validate(scope); err != nil {
			return nil, draftError{err}
		}
		if clean.Components, err = labelled(tx, clean.Components); err != nil {
			return nil, err
		}
		seq, err := tx.Bucket(bktMeta).NextSequence()
		if err != nil {
			return nil, err
		}
		post = clean.Post(model.PostID(fmt.Sprintf("m-%s-%d", account, seq)), account, a.At)
		if err := appendHistory(op, opPosts, seq, toPostRecord(post)); err != nil {
			return nil, err
		}
		if err := putPublished(tx, acc, post, groupIndex(tx)); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, model.EventMerchantPost, string(post.ID), "", string(account))}, nil
	})
	if err != nil {
		return model.Post{}, err
	}
	return post, nil
}

// labelled checks that each service component names a service of its
// mini program, and labels each component that has no label from what it
// links. The components are in the scope already.
func labelled(tx *bolt.Tx, cs []model.Component) ([]model.Component, error) {
	out := make([]model.Component, len(cs))
	for i, c := range cs {
		label, err := componentLabel(tx, c)
		if err != nil {
			return nil, err
		}
		if c.Label == "" {
			c.Label = label
		}
		out[i] = c
	}
	return out, nil
}

// componentLabel is the label a component gets when the operator gave it
// none; a service component naming no service of its mini program is a
// *model.FieldError.
func componentLabel(tx *bolt.Tx, c model.Component) (string, error) {
	switch c.Kind {
	case model.ComponentService:
		mp, err := getMiniProgram(tx, c.MiniProgramID)
		if err != nil {
			return "", err
		}
		if c.ServiceID == "" {
			return mp.Name, nil
		}
		s, ok := mp.Service(c.ServiceID)
		if !ok {
			return "", draftError{&model.FieldError{Field: "components",
				Problem: fmt.Sprintf("%q is not a service of %s", c.ServiceID, mp.Name)}}
		}
		return s.Name, nil
	case model.ComponentCoupon:
		cp, err := getCoupon(tx, c.CouponID)
		return model.CouponDeal(cp), err
	case model.ComponentGroup:
		g, err := getGroup(tx, c.GroupID)
		return g.Name, err
	}
	return "", nil
}
