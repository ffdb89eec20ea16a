package store

import (
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
// path, through a glance (open_peek.go): a store it cannot read, or one
// older than schema 5, holds nobody (read is false); only a store held by
// another lifesim (a running `lifesim serve`) is an error.
func peekParticipants(path string, lockTimeout time.Duration, fn func(b *bolt.Bucket) error) (read bool, err error) {
	return glance(path, lockTimeout, func(tx *bolt.Tx) error {
		b := tx.Bucket(bktParticipants)
		if b == nil {
			return errNotAStore
		}
		return fn(b)
	})
}
