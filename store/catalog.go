package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// getByID decodes the record id of a world bucket, or returns ErrNotFound
// naming kind and id.
func getByID[T any](tx *bolt.Tx, bucket []byte, kind, id string) (T, error) {
	var zero T
	if id == "" {
		return zero, notFound(kind, id)
	}
	v, ok, err := getJSON[T](tx.Bucket(bucket), []byte(id))
	if err != nil {
		return zero, err
	}
	if !ok {
		return zero, notFound(kind, id)
	}
	return v, nil
}

func getMiniProgram(tx *bolt.Tx, id model.MiniProgramID) (model.MiniProgram, error) {
	return getByID[model.MiniProgram](tx, bktMiniPrograms, "mini program", string(id))
}

func getCoupon(tx *bolt.Tx, id model.CouponID) (model.Coupon, error) {
	return getByID[model.Coupon](tx, bktCoupons, "coupon", string(id))
}

// getPersona returns a world persona or a participant (personaBytes).
func getPersona(tx *bolt.Tx, id model.PersonaID) (model.Persona, error) {
	raw := personaBytes(tx, id)
	if raw == nil {
		return model.Persona{}, notFound("persona", id)
	}
	p, err := decode[model.Persona](raw)
	if err != nil {
		return p, fmt.Errorf("persona %q: %w", id, err)
	}
	return p, nil
}

// getAccount returns the account with its fans including every persona's
// follows.
func getAccount(tx *bolt.Tx, id model.AccountID) (model.LifeAccount, error) {
	a, err := getByID[model.LifeAccount](tx, bktAccounts, "life account", string(id))
	if err != nil {
		return a, err
	}
	a.Fans += fansDelta(tx, id)
	return a, nil
}

// getPost returns the post with its counts including every persona's
// actions.
func getPost(tx *bolt.Tx, id model.PostID) (model.Post, error) {
	rec, err := getByID[postRecord](tx, bktPosts, "post", string(id))
	p := rec.model()
	if err != nil {
		return p, err
	}
	d, err := countsDelta(tx, id)
	if err != nil {
		return p, err
	}
	p.Counts = p.Counts.Add(d)
	return p, nil
}

// viewGet runs get in a read transaction.
func viewGet[T any](d *DB, get func(tx *bolt.Tx) (T, error)) (T, error) {
	var v T
	err := d.view(func(tx *bolt.Tx) error {
		var err error
		v, err = get(tx)
		return err
	})
	return v, err
}

// MiniProgram returns one mini program.
func (d *DB) MiniProgram(id model.MiniProgramID) (model.MiniProgram, error) {
	return viewGet(d, func(tx *bolt.Tx) (model.MiniProgram, error) { return getMiniProgram(tx, id) })
}

// MiniPrograms returns the mini programs in the order given, skipping
// unknown ids.
func (d *DB) MiniPrograms(ids []model.MiniProgramID) ([]model.MiniProgram, error) {
	return viewGet(d, func(tx *bolt.Tx) ([]model.MiniProgram, error) {
		out := make([]model.MiniProgram, 0, len(ids))
		for _, id := range ids {
			mp, ok, err := getJSON[model.MiniProgram](tx.Bucket(bktMiniPrograms), []byte(id))
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, mp)
			}
		}
		return out, nil
	})
}

// Account returns one life account; Fans include every persona's follows.
func (d *DB) Account(id model.AccountID) (model.LifeAccount, error) {
	return viewGet(d, func(tx *bolt.Tx) (model.LifeAccount, error) { return getAccount(tx, id) })
}

// Post returns one post; Counts include every persona's actions.
func (d *DB) Post(id model.PostID) (model.Post, error) {
	return viewGet(d, func(tx *bolt.Tx) (model.Post, error) { return getPost(tx, id) })
}

// Coupon returns one coupon.
func (d *DB) Coupon(id model.CouponID) (model.Coupon, error) {
	return viewGet(d, func(tx *bolt.Tx) (model.Coupon, error) { return getCoupon(tx, id) })
}

// Merchant returns one merchant.
func (d *DB) Merchant(id model.MerchantID) (model.Merchant, error) {
	return viewGet(d, func(tx *bolt.Tx) (model.Merchant, error) {
		return getByID[model.Merchant](tx, bktMerchants, "merchant", string(id))
	})
}

// Persona returns one persona.
func (d *DB) Persona(id model.PersonaID) (model.Persona, error) {
	return viewGet(d, func(tx *bolt.Tx) (model.Persona, error) { return getPersona(tx, id) })
}

// Personas returns the world's personas in fixture order, then the
// participants sorted by id.
func (d *DB) Personas() ([]model.Persona, error) {
	return viewGet(d, func(tx *bolt.Tx) ([]model.Persona, error) {
		world, err := inOrder[model.PersonaID, model.Persona](tx, metaPersonaOrder, bktPersonas)
		if err != nil {
			return nil, err
		}
		return appendParticipants(tx, world)
	})
}

// Channels returns the Home exposure slots in fixture order.
func (d *DB) Channels() ([]model.Channel, error) {
	return viewGet(d, func(tx *bolt.Tx) ([]model.Channel, error) {
		return inOrder[model.ChannelID, model.Channel](tx, metaChannelOrder, bktChannels)
	})
}

// inOrder decodes the records of bucket listed (by id) under orderKey in
// meta. These lists are small (personas, channels).
func inOrder[ID ~string, T any](tx *bolt.Tx, orderKey, bucket []byte) ([]T, error) {
	ids, _, err := getJSON[[]ID](tx.Bucket(bktMeta), orderKey)
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(ids))
	for _, id := range ids {
		v, ok, err := getJSON[T](tx.Bucket(bucket), []byte(id))
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, v)
		}
	}
	return out, nil
}

// Settings returns the world's settings (model.DefaultSettings before the
// first seed).
func (d *DB) Settings() (model.Settings, error) {
	return viewGet(d, getSettings)
}

func getSettings(tx *bolt.Tx) (model.Settings, error) {
	s, ok, err := getJSON[model.Settings](tx.Bucket(bktMeta), metaSettings)
	if err != nil || !ok {
		return model.DefaultSettings(), err
	}
	return s, nil
}

// FixtureHash is the hash of the fixtures the world was last seeded from
// ("" before the first seed).
func (d *DB) FixtureHash() (string, error) {
	return viewGet(d, func(tx *bolt.Tx) (string, error) {
		return string(tx.Bucket(bktMeta).Get(metaFixtureHash)), nil
	})
}
