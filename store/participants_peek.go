package store

import (
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// HoldsParticipantAt reports whether the store at path holds the
// participant id (one `lifesim serve` made), without writing a byte or
// creating anything: the command line asks it before it opens the store,
// so that `--persona alice` after a room is accepted and a mistyped name
// is refused with the store as it was. An id that is not a participant's
// name is not looked up.
func HoldsParticipantAt(path string, id model.PersonaID, lockTimeout time.Duration) (bool, error) {
	if model.CheckParticipantName(string(id)) != nil {
		return false, nil
	}
	holds := false
	read, err := peekParticipants(path, lockTimeout, func(b *bolt.Bucket) error {
		holds = b.Get([]byte(id)) != nil
		return nil
	})
	return holds && read, err
}

// ParticipantsAt lists the participants the store at path holds, sorted
// by id, without writing a byte or creating anything (`lifesim
// personas`, which reads the world from its files, not the store).
func ParticipantsAt(path string, lockTimeout time.Duration) ([]model.Persona, error) {
	var out []model.Persona
	read, err := peekParticipants(path, lockTimeout, func(b *bolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			if p, err := decode[model.Persona](v); err == nil && string(p.ID) == string(k) {
				out = append(out, p)
			}
			return nil
		})
	})
	if !read {
		out = nil
	}
	return out, err
}

// peekParticipants runs fn on the participants bucket of the store at
// path, opened read-only, as HoldsWorldAt glances at a store: a file it
// cannot read (missing, empty, damaged, not lifesim's, newer, older than
// schema 5) holds nobody (read is false); a record that does not decode
// is left out (Open and `lifesim check` say what is wrong with it). Only a
// store held by another lifesim (a running `lifesim serve`) is an error,
// ErrLocked, within lockTimeout (0: DefaultLockTimeout).
func peekParticipants(path string, lockTimeout time.Duration, fn func(b *bolt.Bucket) error) (read bool, err error) {
	if lockTimeout <= 0 {
		lockTimeout = DefaultLockTimeout
	}
	if !headerSound(path) {
		return false, nil
	}
	bdb, err := openBolt(path, lockTimeout, true)
	if errors.Is(err, ErrLocked) {
		return false, err
	}
	if err != nil {
		return false, nil
	}
	defer bdb.Close()
	err = guard(path, func() error {
		return bdb.View(func(tx *bolt.Tx) error {
			if tx.Bucket(bktMeta) == nil || inspect(tx, path) != nil {
				return nil
			}
			if b := tx.Bucket(bktParticipants); b != nil {
				read = true
				return fn(b)
			}
			return nil
		})
	})
	return read && err == nil, nil
}
