package store

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// post_counts holds, per post id, the sum of every persona's changes to the
// post's counters (JSON model.Counts). Displayed counts are the fixture's
// plus these, so a reseed with new fixture numbers keeps the personas'
// actions on top.

func countsDelta(tx *bolt.Tx, id model.PostID) (model.Counts, error) {
	c, _, err := getJSON[countsRecord](tx.Bucket(bktPostCounts), []byte(id))
	return c.model(), err
}

// addCounts adds d to the post's delta and returns the post's new displayed
// counts.
func addCounts(tx *bolt.Tx, p model.Post, d model.Counts) (model.Counts, error) {
	cur, err := countsDelta(tx, p.ID)
	if err != nil {
		return model.Counts{}, err
	}
	cur = cur.Add(d)
	if err := putJSON(tx.Bucket(bktPostCounts), []byte(p.ID), toCountsRecord(cur)); err != nil {
		return model.Counts{}, err
	}
	// p was read with the old delta applied; apply only the change.
	return p.Counts.Add(d), nil
}

// account_counts holds, per account id, the change in fans from every
// persona's follows (big-endian int64).

func fansDelta(tx *bolt.Tx, id model.AccountID) int64 {
	v := tx.Bucket(bktAccountCounts).Get([]byte(id))
	if len(v) != 8 {
		return 0
	}
	return int64(binary.BigEndian.Uint64(v))
}

func addFans(tx *bolt.Tx, id model.AccountID, n int64) error {
	var v [8]byte
	binary.BigEndian.PutUint64(v[:], uint64(fansDelta(tx, id)+n))
	return tx.Bucket(bktAccountCounts).Put([]byte(id), v[:])
}
