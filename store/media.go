package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// The pictures posts refer to live in the media bucket, keyed by their path
// in the world directory. Seeding rewrites them with the rest of the world,
// so a changed picture in the fixtures reaches the app on the next start.

// Media returns a copy of the picture stored under path.
func (d *DB) Media(path string) ([]byte, error) {
	var out []byte
	err := d.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bktMedia).Get([]byte(path))
		if v == nil {
			return notFound("media", path)
		}
		// bbolt's slice dies with the transaction.
		out = bytes.Clone(v)
		return nil
	})
	return out, err
}
