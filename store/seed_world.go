package store

import (
	"context"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// worldFormat is the shape of the world buckets' records (and of their
// indexes). Bump it when a world record's encoding changes or an index is
// added; stores written with another are reseeded on open.
const worldFormat = "2"

// SeedOptions tune SeedWorld.
type SeedOptions struct {
	// Force seeds even when the store already holds the world with this
	// hash (`lifesim reset`).
	Force bool
	// Progress, when set, is called after each committed batch with the
	// records written so far and the total.
	Progress func(done, total int)
}

// SeedWorld writes the world w with its hash into the store unless it
// already holds it (see SeedOptions.Force), and reports whether it did.
// User state is kept, as with Seed. Cancelling ctx stops the seed and
// leaves the store as it was.
//
// TODO(seeding): batched transactions beside the live world, switched over
// in the final commit; this first version writes one transaction.
func (d *DB) SeedWorld(ctx context.Context, w model.World, hash string, o SeedOptions) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if o.Force {
		if err := d.Reseed(w, hash); err != nil {
			return false, err
		}
		return true, nil
	}
	seeded, err := d.Seed(w, hash)
	if seeded && o.Progress != nil {
		n := len(w.Posts)
		o.Progress(n, n)
	}
	return seeded, err
}

// HoldsWorld reports whether the store holds the world with this hash,
// written in this build's world format, so that start-up can skip loading
// the world.
func (d *DB) HoldsWorld(hash string) (bool, error) {
	return viewGet(d, func(tx *bolt.Tx) (bool, error) { return worldCurrent(tx, hash), nil })
}
