package store

import (
	"context"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"lifesim/model"
)

// bktSeedStaging holds, while a big world is seeded, one bucket per world
// bucket (worldBuckets), filled in batches beside the live world. The
// final transaction moves each into place. Nothing but seeding reads it:
// one left by a crash is dead weight that the next seed removes first.
var bktSeedStaging = []byte("seed_staging")

// stager writes a world's streams into the staging bucket in batched
// transactions, then switches them in.
type stager struct {
	d        *DB
	streams  []stream
	total    int
	limit    int // puts per transaction
	progress func(done, total int)

	// the next record to write: streams[si], record ri
	si, ri int
	done   int
}

// run stages the world and switches it in; seeded is false when the store
// already held it by then (and not force). Whatever stops it before the
// switch (ctx, an error) leaves the live world as it was, and the staging
// bucket is dropped again, as far as the store still lets it.
func (s *stager) run(ctx context.Context, w model.World, hash string, force bool) (seeded bool, err error) {
	defer func() {
		if err != nil {
			err = errors.Join(err, s.d.update(dropStaging))
		}
	}()
	if err := s.d.update(s.start); err != nil {
		return false, err
	}
	for s.si < len(s.streams) {
		if err := ctx.Err(); err != nil {
			return false, err
		}
		if err := s.d.update(s.batch); err != nil {
			return false, err
		}
		if s.progress != nil {
			s.progress(s.done, s.total)
		}
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	err = s.d.update(func(tx *bolt.Tx) error {
		var err error
		seeded, err = switchIn(tx, w, hash, force)
		return err
	})
	return seeded, err
}

// start replaces any staging bucket left behind with an empty one.
func (s *stager) start(tx *bolt.Tx) error {
	if err := dropStaging(tx); err != nil {
		return err
	}
	staging, err := tx.CreateBucket(bktSeedStaging)
	if err != nil {
		return err
	}
	for _, name := range worldBuckets {
		if _, err := staging.CreateBucket(name); err != nil {
			return err
		}
	}
	return nil
}

// batch writes the next records, up to the limit of puts and
// seedBatchBytes, in key order within each staged bucket, so that bbolt
// appends to its last page instead of splitting pages throughout.
func (s *stager) batch(tx *bolt.Tx) error {
	staging := tx.Bucket(bktSeedStaging)
	if staging == nil {
		return errors.New("seed: the staged world was removed by another seed")
	}
	puts, size := 0, 0
	for s.si < len(s.streams) && puts < s.limit && size < seedBatchBytes {
		st := s.streams[s.si]
		b := staging.Bucket(st.bucket)
		if b == nil {
			return fmt.Errorf("seed: no staged bucket %s", st.bucket)
		}
		b.FillPercent = 0.95
		for ; s.ri < st.n && puts < s.limit && size < seedBatchBytes; s.ri++ {
			k, v, err := st.record(s.ri)
			if err == nil {
				err = b.Put(k, v)
			}
			if err != nil {
				return err
			}
			puts++
			size += len(k) + len(v)
		}
		if s.ri == st.n {
			s.si, s.ri = s.si+1, 0
		}
	}
	s.done += puts
	return nil
}

// switchIn replaces the live world buckets with the staged ones and
// finishes the seed (finishSeed), in one transaction. The staged buckets
// are moved untouched: bbolt's MoveBucket moves a bucket as last committed
// and would drop changes made to it in the same transaction
// (etcd-io/bbolt#1239), so everything written after the move is written
// into the moved, live bucket.
func switchIn(tx *bolt.Tx, w model.World, hash string, force bool) (bool, error) {
	staging := tx.Bucket(bktSeedStaging)
	if staging == nil {
		return false, errors.New("seed: the staged world was removed by another seed")
	}
	if !force && worldCurrent(tx, hash) {
		return false, tx.DeleteBucket(bktSeedStaging) // seeded by someone else meanwhile
	}
	for _, name := range worldBuckets {
		if err := tx.DeleteBucket(name); err != nil && !errors.Is(err, berrors.ErrBucketNotFound) {
			return false, err
		}
		if err := tx.MoveBucket(name, staging, nil); err != nil {
			return false, fmt.Errorf("seed: switch in %s: %w", name, err)
		}
	}
	if err := tx.DeleteBucket(bktSeedStaging); err != nil {
		return false, err
	}
	return true, finishSeed(tx, w, hash)
}

// dropStaging removes a staging bucket, if there is one.
func dropStaging(tx *bolt.Tx) error {
	if err := tx.DeleteBucket(bktSeedStaging); err != nil && !errors.Is(err, berrors.ErrBucketNotFound) {
		return err
	}
	return nil
}
