package store

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// operators checks what operators wrote (a bucket since schema 6; older
// stores have none): operators holds one bucket per account, each holding
// only the nested posts, coupons and messages, whose every record decodes
// as its kind and belongs to that account. One line per bad record.
func (c *recordCheck) operators(tx *bolt.Tx) {
	ops := tx.Bucket(bktOperators)
	if ops == nil {
		return
	}
	_ = ops.ForEach(func(acc, v []byte) error {
		where := "operators/" + keyName(acc)
		if v != nil {
			c.records++
			c.bad("operators", string(acc), errors.New("a value where an operator's bucket belongs"))
			return nil
		}
		op := ops.Bucket(acc)
		return op.ForEach(func(name, v []byte) error {
			check, known := operatorRecords[string(name)]
			if v != nil || !known {
				c.records++
				c.bad(where, string(name), errors.New("not one of an operator's posts, coupons or messages"))
				return nil
			}
			return op.Bucket(name).ForEach(func(k, v []byte) error {
				c.records++
				if err := check(acc, v); err != nil {
					c.bad(where+"/"+string(name), seqName(k), err)
				}
				return nil
			})
		})
	})
}

// operatorRecords checks one record of an operator's nested bucket: it
// decodes as its kind and names the account as its own.
var operatorRecords = map[string]func(account, v []byte) error{
	string(opPosts): func(account, v []byte) error {
		r, err := decode[postRecord](v)
		return ownedBy(account, r.Account, err)
	},
	string(opCoupons): func(_, v []byte) error {
		r, err := decode[couponRecord](v)
		if err == nil && r.ID == "" {
			err = errors.New("the coupon has no id")
		}
		return err
	},
	string(opMessages): func(account, v []byte) error {
		r, err := decode[messageRecord](v)
		return ownedBy(account, r.Account, err)
	},
}

// ownedBy is err, or a problem if a decoded record's account is not the
// bucket's.
func ownedBy(account []byte, owner string, err error) error {
	if err == nil && !bytes.Equal(account, []byte(owner)) {
		err = fmt.Errorf("it belongs to account %s", keyName([]byte(owner)))
	}
	return err
}

// seqName is a sequence key as its number, or the raw key when it is not
// eight bytes.
func seqName(k []byte) string {
	if len(k) != 8 {
		return keyName(k)
	}
	return fmt.Sprint(seqOf(k))
}

// operators compares what each operator wrote with its events, as
// additions compares a persona's own posts: every post, coupon and
// message kept has its one merchant_post, coupon_create or
// merchant_message event, and every such event its record.
func (c *stateCheck) operators(byPersona map[model.PersonaID][]model.Event) {
	kept := map[model.AccountID]idsByKind{}
	_ = c.d.view(func(tx *bolt.Tx) error {
		return eachOperatorRecord(tx, func(acc model.AccountID, kind model.EventKind, id string) {
			if kept[acc] == nil {
				kept[acc] = idsByKind{}
			}
			kept[acc].add(kind, id)
		})
	})
	accounts := slices.Collect(maps.Keys(kept))
	for p := range byPersona {
		if acc, ok := p.MerchantAccount(); ok && kept[acc] == nil {
			accounts = append(accounts, acc)
		}
	}
	slices.Sort(accounts)
	for _, acc := range accounts {
		p := model.MerchantPersona(acc)
		logged := idsByKind{}
		for _, e := range byPersona[p] {
			if e.Kind == model.EventMerchantMessage {
				logged.add(e.Kind, e.Detail) // the message; Target is the account
			} else {
				logged.add(e.Kind, e.Target)
			}
		}
		for _, k := range operatorKinds {
			c.sets(p, k.what, orEmpty(kept[acc][k.kind]), orEmpty(logged[k.kind]))
		}
	}
}

// idsByKind is a set of ids per event kind.
type idsByKind map[model.EventKind]map[string]bool

func (m idsByKind) add(kind model.EventKind, id string) {
	if m[kind] == nil {
		m[kind] = map[string]bool{}
	}
	m[kind][id] = true
}

// operatorKinds pairs each of an operator's nested buckets with the event
// that records a write to it.
var operatorKinds = []struct {
	bucket []byte
	kind   model.EventKind
	what   string
}{
	{opPosts, model.EventMerchantPost, "posts"},
	{opCoupons, model.EventCouponCreate, "created coupons"},
	{opMessages, model.EventMerchantMessage, "sent messages"},
}

// eachOperatorRecord calls fn with the id of every record operators hold
// and the event kind that records it; records that do not decode are the
// records step's to report.
func eachOperatorRecord(tx *bolt.Tx, fn func(acc model.AccountID, kind model.EventKind, id string)) error {
	ops := tx.Bucket(bktOperators)
	if ops == nil {
		return nil
	}
	return ops.ForEachBucket(func(acc []byte) error {
		for _, k := range operatorKinds {
			b := ops.Bucket(acc).Bucket(k.bucket)
			if b == nil {
				continue
			}
			_ = b.ForEach(func(_, v []byte) error {
				if r, err := decode[struct {
					ID string `json:"id"`
				}](v); err == nil {
					fn(model.AccountID(acc), k.kind, r.ID)
				}
				return nil
			})
		}
		return nil
	})
}
