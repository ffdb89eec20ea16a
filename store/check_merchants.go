package store

import (
	"bytes"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
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
