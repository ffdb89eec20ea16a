package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// A participant is a persona `lifesim serve` made for an SSH user name
// (model/participant.go). The world's personas live in the world bucket
// personas, which every seed rewrites; participants live in their own
// bucket, participants (since schema 5), so that a reseed keeps them with
// their state. Every lookup of a persona by id goes through personaBytes,
// so a participant is a persona like any other: it reads its state, acts,
// and appears in the log and the funnel.

// personaBytes is the stored record of persona id: the world's persona,
// else the participant, else nil. The bytes are bbolt's, valid only
// inside tx. A store opened read-only before its upgrade to schema 5 has
// no participants bucket, and so no participants.
func personaBytes(tx *bolt.Tx, id model.PersonaID) []byte {
	if id == "" {
		return nil
	}
	if raw := tx.Bucket(bktPersonas).Get([]byte(id)); raw != nil {
		return raw
	}
	if b := tx.Bucket(bktParticipants); b != nil {
		return b.Get([]byte(id))
	}
	return nil
}

// AddParticipant returns the persona for the participant named id,
// making it from the world persona template (model.NewParticipant) the
// first time the name is seen; created says whether this call made it. A
// world persona or a participant already called id is returned as it is.
// A name model.CheckParticipantName refuses is an error wrapping
// ErrBadName, with the model's words, and nothing is written.
//
// Making it is one write transaction that looks again for the name, so
// when two sessions race on the same new name exactly one creates it and
// the other gets it as it was made. A name already there is found by a
// read, without a write (and its fsync) on every connection.
func (d *DB) AddParticipant(id, template model.PersonaID) (p model.Persona, created bool, err error) {
	if err := model.CheckParticipantName(string(id)); err != nil {
		return p, false, &kindError{kind: ErrBadName, msg: err.Error()}
	}
	var found bool
	err = d.view(func(tx *bolt.Tx) error {
		p, found, err = existingPersona(tx, id)
		return err
	})
	if err != nil || found {
		return p, false, err
	}
	err = d.update(func(tx *bolt.Tx) error {
		if p, found, err = existingPersona(tx, id); err != nil || found {
			return err
		}
		t, err := getByID[model.Persona](tx, bktPersonas, "persona", string(template))
		if err != nil {
			return fmt.Errorf("participant %q: the template: %w", id, err)
		}
		p, created = model.NewParticipant(t, id), true
		return putJSON(tx.Bucket(bktParticipants), []byte(id), p)
	})
	if err != nil {
		return model.Persona{}, false, err
	}
	return p, created, nil
}

// existingPersona decodes persona id if the store holds it.
func existingPersona(tx *bolt.Tx, id model.PersonaID) (model.Persona, bool, error) {
	if personaBytes(tx, id) == nil {
		return model.Persona{}, false, nil
	}
	p, err := getPersona(tx, id)
	return p, err == nil, err
}

// appendParticipants appends every participant to out, sorted by id (the
// bucket's key order). One a world persona shadows (a world reseeded with
// a persona of the same id; `lifesim check` reports it) is left out: no
// lookup reaches it.
func appendParticipants(tx *bolt.Tx, out []model.Persona) ([]model.Persona, error) {
	b := tx.Bucket(bktParticipants)
	if b == nil {
		return out, nil
	}
	world := tx.Bucket(bktPersonas)
	err := b.ForEach(func(k, v []byte) error {
		if world.Get(k) != nil {
			return nil
		}
		p, err := decode[model.Persona](v)
		if err != nil {
			return fmt.Errorf("participant %q: %w", k, err)
		}
		out = append(out, p)
		return nil
	})
	return out, err
}
