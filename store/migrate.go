package store

import (
	"errors"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"lifesim/model"
)

// The store's format has a version (meta/schema_version) and an ordered
// list of migrations, one per version step. Opening a store of an older
// version runs the missing steps and sets the new version in the same
// write transaction that opens it, so a kill during an upgrade leaves the
// old store as it was. A store of a newer version is refused unchanged.
//
// A step rewrites only what changed its shape. The world buckets are a
// copy of the fixtures and are rewritten by seeding; their shape has its
// own number, worldFormat, and a store whose world was written in another
// shape is reseeded (see needsSeed) instead of migrated.

// schemaVersion is the layout this build reads and writes: the number of
// the last migration.
const schemaVersion = 6

// migration upgrades a store from version from to from+1.
type migration struct {
	from  int
	about string // what changed, for the reader of this list
	apply func(tx *bolt.Tx) error
}

// migrations are in order; migrations[i].from is i+1.
var migrations = []migration{
	{from: 1, about: "coupon claims carry where they were claimed (source, scene)", apply: claimsHaveSources},
	{from: 2, about: "the post editor's kept drafts have a bucket", apply: draftsHaveABucket},
	{from: 3, about: "the funnel's aggregates are kept with the log", apply: aggregatesFromTheLog},
	{from: 4, about: "participants made by `lifesim serve` have a bucket", apply: participantsHaveABucket},
	{from: 5, about: "what life accounts' operators write has a bucket", apply: operatorsHaveABucket},
}

// storedVersion is the schema version the file says it has. A lifesim
// file without one was never initialised (an empty bbolt file).
func storedVersion(tx *bolt.Tx) (int, error) {
	raw := tx.Bucket(bktMeta).Get(metaSchema)
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 1 {
		return 0, fmt.Errorf("schema version %q is not a number", raw)
	}
	return v, nil
}

// migrate runs every migration from the stored version up to
// schemaVersion and records the new version, inside tx.
func migrate(tx *bolt.Tx, path string) error {
	v, err := storedVersion(tx)
	if err != nil {
		return schemaError(path, string(tx.Bucket(bktMeta).Get(metaSchema)))
	}
	if v == schemaVersion {
		return nil
	}
	for _, m := range migrations {
		if m.from < v {
			continue
		}
		if err := m.apply(tx); err != nil {
			return fmt.Errorf("store %s: upgrading from schema %d (%s): %w", path, m.from, m.about, err)
		}
		v = m.from + 1
	}
	return tx.Bucket(bktMeta).Put(metaSchema, []byte(strconv.Itoa(v)))
}

// claimsHaveSources (schema 1 → 2): claims and coupon_claim events written
// before sources were recorded say so, rather than look like claims from
// nowhere.
func claimsHaveSources(tx *bolt.Tx) error {
	if err := userClaimsHaveSources(tx.Bucket(bktUsers)); err != nil {
		return err
	}
	return claimEventsHaveSources(tx.Bucket(bktEvents))
}

// userClaimsHaveSources gives every persona's claims without a source the
// source unknown.
func userClaimsHaveSources(users *bolt.Bucket) error {
	var personas [][]byte
	err := users.ForEach(func(k, v []byte) error {
		if v == nil {
			personas = append(personas, k)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range personas {
		u := users.Bucket(p)
		claims, err := listOf[claimRecord](u, userCoupons)
		if err != nil {
			return err
		}
		if len(claims) == 0 {
			continue
		}
		for i := range claims {
			if claims[i].Source == "" {
				claims[i].Source = string(model.SourceUnknown)
			}
		}
		if err := putJSON(u, userCoupons, claims); err != nil {
			return err
		}
	}
	return nil
}

// claimEventsHaveSources gives every coupon_claim event without a source
// the source unknown.
func claimEventsHaveSources(events *bolt.Bucket) error {
	var fixed []eventRecord
	err := events.ForEach(func(_, v []byte) error {
		e, err := decode[eventRecord](v)
		if err == nil && e.Kind == string(model.EventCouponClaim) && e.Source == "" {
			e.Source = string(model.SourceUnknown)
			fixed = append(fixed, e)
		}
		return err
	})
	if err != nil {
		return err
	}
	// Written after the walk: a bucket must not change under its ForEach.
	for _, e := range fixed {
		if err := putJSON(events, seqKey(e.Seq), e); err != nil {
			return err
		}
	}
	return nil
}

// draftsHaveABucket (schema 2 → 3) creates the drafts bucket. Opening
// creates every missing bucket anyway; the step says so itself, so that a
// store is schema 3 only once it has the bucket.
func draftsHaveABucket(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bktDrafts)
	return err
}

// aggregatesFromTheLog (schema 3 → 4) builds the funnel's aggregates
// (aggregates_buckets.go) by folding the whole log, a cursor walk in log
// order, as appendEvent has folded every event since.
func aggregatesFromTheLog(tx *bolt.Tx) error {
	for _, name := range aggregateBuckets {
		if err := tx.DeleteBucket(name); err != nil && !errors.Is(err, berrors.ErrBucketNotFound) {
			return err
		}
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	c := tx.Bucket(bktEvents).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		r, err := decode[eventRecord](v)
		if err != nil {
			return fmt.Errorf("event %d: %w", seqOf(k), err)
		}
		if err := foldEvent(tx, r.model()); err != nil {
			return err
		}
	}
	return nil
}

// participantsHaveABucket (schema 4 → 5) creates the participants bucket
// (participants.go). As with drafts, opening would create it anyway; the
// step makes schema 5 mean the bucket is there.
func participantsHaveABucket(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bktParticipants)
	return err
}

// operatorsHaveABucket (schema 5 → 6) creates the operators bucket
// (merchant.go): what a life account's operator writes from the merchant
// console. Nothing older holds any; as with participants, the step makes
// schema 6 mean the bucket is there.
func operatorsHaveABucket(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bktOperators)
	return err
}
