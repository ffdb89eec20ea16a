package store

import (
	"context"
	"sync"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// worldFormat is the shape of the world buckets' records (and of their
// indexes). Bump it when a world record's encoding changes or an index is
// added; stores written with another are reseeded on open.
//
// 3: idx_geo, idx_mp_coupons, idx_account_words, idx_account_fans and
// idx_group_names.
// 4: searchDoc.Names (the title's other names), and idx_search's name tokens
// and entry classes (index_terms.go).
const worldFormat = "4"

// SeedOptions tune SeedWorld.
type SeedOptions struct {
	// Force seeds even when the store already holds the world with this
	// hash (`lifesim reset`).
	Force bool
	// Progress, when set, is called after each committed batch with the
	// records written so far and the total (every record and index entry
	// of the world): done only grows, and the last call, after the world
	// is switched in, has done == total.
	Progress func(done, total int)
	// batchPuts bounds the records one transaction writes (tests make it
	// small); 0 means seedBatchPuts.
	batchPuts int
}

// seedBatchPuts and seedBatchBytes bound one seeding transaction: bbolt
// holds a transaction's new pages in memory until it commits. A world that
// fits in one is written in one transaction, straight into place.
const (
	seedBatchPuts  = 50_000
	seedBatchBytes = 16 << 20
)

// seedMu serialises seeds within the process: a staged seed owns the
// staging bucket from its first batch to its switch.
var seedMu sync.Mutex

// SeedWorld writes the world w with its hash into the store unless it
// already holds it (see SeedOptions.Force), and reports whether it did.
// User state is kept (see Seed).
//
// A world too big for one transaction is written beside the live one, in
// the staging bucket, in batched transactions, and switched in by one
// final transaction (seed_stage.go): until then readers see the old world
// whole. Cancelling ctx, or a crash, leaves the store as it was, with at
// most a staging bucket, which the next seed removes first and which
// nothing else reads.
func (d *DB) SeedWorld(ctx context.Context, w model.World, hash string, o SeedOptions) (bool, error) {
	if hash == "" {
		return false, invalid("seed: empty fixture hash")
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if !o.Force {
		if current, err := d.HoldsWorld(hash); err != nil || current {
			return false, err
		}
	}
	streams, err := worldStreams(ctx, w)
	if err != nil {
		return false, err
	}
	seedMu.Lock()
	defer seedMu.Unlock()
	total := 0
	for _, s := range streams {
		total += s.n
	}
	limit := o.batchPuts
	if limit <= 0 {
		limit = seedBatchPuts
	}
	var seeded bool
	if total <= limit {
		err = d.update(func(tx *bolt.Tx) error {
			if !o.Force && worldCurrent(tx, hash) {
				return nil // seeded by someone else meanwhile
			}
			seeded = true
			return writeStreams(tx, w, hash, streams)
		})
	} else {
		st := &stager{d: d, streams: streams, total: total, limit: limit, progress: o.Progress}
		seeded, err = st.run(ctx, w, hash, o.Force)
	}
	if err != nil {
		return false, err
	}
	if seeded && o.Progress != nil {
		o.Progress(total, total)
	}
	return seeded, nil
}

// HoldsWorld reports whether the store holds the world with this hash,
// written in this build's world format, so that start-up can skip loading
// the world.
func (d *DB) HoldsWorld(hash string) (bool, error) {
	return viewGet(d, func(tx *bolt.Tx) (bool, error) { return worldCurrent(tx, hash), nil })
}

// worldCurrent reports whether the world buckets hold the fixtures with
// this hash, written in this build's world format.
func worldCurrent(tx *bolt.Tx, hash string) bool {
	meta := tx.Bucket(bktMeta)
	return string(meta.Get(metaFixtureHash)) == hash && string(meta.Get(metaWorldFormat)) == worldFormat
}

// writeStreams writes a whole world in one transaction: the world buckets
// are emptied and written in place, and the seed finished (finishSeed).
func writeStreams(tx *bolt.Tx, w model.World, hash string, streams []stream) error {
	if err := dropStaging(tx); err != nil {
		return err
	}
	if err := recreate(tx, worldBuckets); err != nil {
		return err
	}
	for _, s := range streams {
		b := tx.Bucket(s.bucket)
		b.FillPercent = 0.95
		for i := range s.n {
			k, v, err := s.record(i)
			if err == nil {
				err = b.Put(k, v)
			}
			if err != nil {
				return err
			}
		}
	}
	return finishSeed(tx, w, hash)
}
