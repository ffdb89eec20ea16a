package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// indexCheck follows every index entry to the record it names. Seeding
// switches the indexes in with the world in one transaction, and publishing
// adds a post to every index in the same transaction as the post, so a
// dangling entry means the file was changed behind lifesim's back; the
// feeds and search would then fail on it.
type indexCheck struct {
	d        *DB
	entries  int
	problems []Problem
	perIndex map[string]int
}

// kindBuckets maps a search result kind to the bucket of its records.
var kindBuckets = map[model.ResultKind][]byte{
	model.ResultMiniProgram: bktMiniPrograms,
	model.ResultAccount:     bktAccounts,
	model.ResultPost:        bktPosts,
}

// maxPerIndex caps the problems listed per index.
const maxPerIndex = 10

func (c *indexCheck) run() {
	c.perIndex = map[string]int{}
	_ = c.d.view(func(tx *bolt.Tx) error {
		has := func(bucket []byte, id []byte) bool {
			b := tx.Bucket(bucket)
			return b != nil && b.Get(id) != nil
		}
		ref := func(kindID []byte) (bucket []byte, id []byte, ok bool) {
			i := bytes.IndexByte(kindID, sep)
			if i < 0 {
				return nil, nil, false
			}
			bucket, ok = kindBuckets[model.ResultKind(kindID[:i])]
			return bucket, kindID[i+1:], ok
		}
		c.each(tx, bktIdxSearchDoc, func(k []byte) string {
			bucket, id, ok := ref(k)
			switch {
			case !ok:
				return "an entry of an unknown kind"
			case !has(bucket, id):
				return fmt.Sprintf("%s %s, which does not exist", bytes.TrimSuffix(bucket, []byte("s")), keyName(id))
			}
			return ""
		})
		c.each(tx, bktIdxSearch, func(k []byte) string {
			token, kindID, ok := splitSearchKey(k)
			switch {
			case !ok:
				return "an entry without a token"
			case !has(bktIdxSearchDoc, kindID):
				return fmt.Sprintf("a result with no search record (word %q)", token)
			}
			return ""
		})
		c.each(tx, bktIdxFeedTime, func(k []byte) string { return c.post(has, k) })
		c.each(tx, bktIdxAccountPosts, func(k []byte) string { return c.owned(has, bktAccounts, "account", k) })
		c.each(tx, bktIdxGroupPosts, func(k []byte) string { return c.owned(has, bktGroups, "group", k) })
		c.lookups(tx, has)
		return nil
	})
}

// each runs check on every key of the index; a non-empty answer says what
// the entry points at that is wrong.
func (c *indexCheck) each(tx *bolt.Tx, index []byte, check func(k []byte) string) {
	c.eachValue(tx, index, func(k, _ []byte) string { return check(k) })
}

// eachValue is each for a check that reads the value too.
func (c *indexCheck) eachValue(tx *bolt.Tx, index []byte, check func(k, v []byte) string) {
	b := tx.Bucket(index)
	if b == nil {
		return
	}
	name := string(index)
	_ = b.ForEach(func(k, v []byte) error {
		c.entries++
		what := check(k, v)
		if what == "" {
			return nil
		}
		c.perIndex[name]++
		switch n := c.perIndex[name]; {
		case n <= maxPerIndex:
			c.problems = append(c.problems, Problem{Area: "indexes",
				Summary: fmt.Sprintf("index %s points at %s", name, what)})
		case n == maxPerIndex+1:
			c.problems = append(c.problems, Problem{Area: "indexes",
				Summary: fmt.Sprintf("index %s has more entries that point at nothing (not listed)", name)})
		}
		return nil
	})
}

// post checks a time+id key (idx_feed_time, and the tail of the per-owner
// indexes).
func (c *indexCheck) post(has func([]byte, []byte) bool, k []byte) string {
	id, ok := splitTimeIDKey(k)
	switch {
	case !ok:
		return "an entry without a post id"
	case !has(bktPosts, []byte(id)):
		return fmt.Sprintf("post %s, which does not exist", keyName([]byte(id)))
	}
	return ""
}

// owned checks an owner NUL time+id key (idx_account_posts,
// idx_group_posts).
func (c *indexCheck) owned(has func([]byte, []byte) bool, owners []byte, kind string, k []byte) string {
	i := bytes.IndexByte(k, sep)
	if i < 0 {
		return "an entry without an owner"
	}
	if !has(owners, k[:i]) {
		return fmt.Sprintf("%s %s, which does not exist", kind, keyName(k[:i]))
	}
	return c.post(has, k[i+1:])
}

// lookups checks the indexes that spare the payment page, the suggested
// accounts and publishing a walk (idx_geo, idx_mp_coupons,
// idx_account_words, idx_account_fans, idx_group_names).
func (c *indexCheck) lookups(tx *bolt.Tx, has func([]byte, []byte) bool) {
	c.each(tx, bktIdxGeo, func(k []byte) string {
		mp, _, ok := bytes.Cut(k[min(len(k), 8):], []byte{sep})
		switch {
		case len(k) < 8 || !ok:
			return "an entry without a mini program and store"
		case !has(bktMiniPrograms, mp):
			return fmt.Sprintf("mini program %s, which does not exist", keyName(mp))
		}
		return ""
	})
	c.each(tx, bktIdxMPCoupons, func(k []byte) string {
		_, coupon, ok := bytes.Cut(k, []byte{sep})
		switch {
		case !ok:
			return "an entry without a coupon"
		case !has(bktCoupons, coupon):
			return fmt.Sprintf("coupon %s, which does not exist", keyName(coupon))
		}
		return ""
	})
	account := func(id []byte, ok bool) string {
		switch {
		case !ok:
			return "an entry without an account"
		case !has(bktAccounts, id):
			return fmt.Sprintf("life account %s, which does not exist", keyName(id))
		}
		return ""
	}
	c.each(tx, bktIdxAccountWords, func(k []byte) string {
		_, id, ok := bytes.Cut(k, []byte{sep})
		return account(id, ok)
	})
	c.each(tx, bktIdxAccountFans, func(k []byte) string {
		i := bytes.LastIndexByte(k, sep)
		return account(k[i+1:], len(k) >= 8 && i >= 8)
	})
	c.eachValue(tx, bktIdxGroupNames, func(_, v []byte) string {
		if !has(bktGroups, v) {
			return fmt.Sprintf("group %s, which does not exist", keyName(v))
		}
		return ""
	})
}
