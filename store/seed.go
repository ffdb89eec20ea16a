package store

import (
	"context"
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"lifesim/model"
)

// Seed writes the world w into the store unless it was already seeded
// from fixtures with the same hash, in which case it does nothing and
// returns false: SeedWorld without a context, progress or Force. Seeding
// replaces every world and index bucket and the settings; personas' state
// (their published posts are written back into the new world), post
// counters' deltas, comments and events are kept. A persona's seed state
// (its Favourites, Recents and Follows) is applied only when its state
// bucket is first created.
func (d *DB) Seed(w model.World, hash string) (seeded bool, err error) {
	return d.SeedWorld(context.Background(), w, hash, SeedOptions{})
}

// Reseed writes the world even if the hash is unchanged (`lifesim reset`).
// User state is kept, as with Seed.
func (d *DB) Reseed(w model.World, hash string) error {
	_, err := d.SeedWorld(context.Background(), w, hash, SeedOptions{Force: true})
	return err
}

// ClearUserState forgets what every persona did (favourites, recents,
// follows, likes, collects, comments, forwards, orders, coupons, groups,
// published posts, flags and the counters they moved), and what operators
// wrote (their posts and coupons leave the world), and re-applies each
// persona's seed state, in one transaction. The world and the event log are kept: events are an
// append-only record of what happened.
func (d *DB) ClearUserState() error {
	return d.update(func(tx *bolt.Tx) error {
		if err := errors.Join(unpublishAll(tx), unpublishOperators(tx)); err != nil {
			return err
		}
		if err := recreate(tx, userBuckets); err != nil {
			return err
		}
		settings, err := getSettings(tx)
		if err != nil {
			return err
		}
		return tx.Bucket(bktPersonas).ForEach(func(_, v []byte) error {
			p, err := decode[model.Persona](v)
			if err != nil {
				return err
			}
			_, err = ensureUser(tx, p, settings.Epoch)
			return err
		})
	})
}

// recreate empties the named buckets.
func recreate(tx *bolt.Tx, names [][]byte) error {
	for _, name := range names {
		if err := tx.DeleteBucket(name); err != nil && !errors.Is(err, berrors.ErrBucketNotFound) {
			return err
		}
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	return nil
}

// finishSeed does, once the world buckets hold the new world, what else a
// seed writes: the search aliases and experiments, each persona's state
// bucket if it has none, the personas' published posts (written back into
// the new world and its indexes), the settings, the channel and persona
// orders, the world format and the fixture hash.
func finishSeed(tx *bolt.Tx, w model.World, hash string) error {
	if err := errors.Join(putAliases(tx, w.Aliases), putExperiments(tx, w.Experiments)); err != nil {
		return err
	}
	settings := withDefaults(w.Settings)
	meta := tx.Bucket(bktMeta)
	channelOrder := make([]model.ChannelID, 0, len(w.Channels))
	for _, c := range w.Channels {
		channelOrder = append(channelOrder, c.ID)
	}
	personaOrder := make([]model.PersonaID, 0, len(w.Personas))
	for _, p := range w.Personas {
		personaOrder = append(personaOrder, p.ID)
		if _, err := ensureUser(tx, p, settings.Epoch); err != nil {
			return err
		}
	}
	if err := errors.Join(restorePublished(tx), restoreOperators(tx)); err != nil {
		return err
	}
	for k, v := range map[string]any{
		string(metaSettings):     settings,
		string(metaChannelOrder): channelOrder,
		string(metaPersonaOrder): personaOrder,
	} {
		if err := putJSON(meta, []byte(k), v); err != nil {
			return err
		}
	}
	if err := meta.Put(metaWorldFormat, []byte(worldFormat)); err != nil {
		return err
	}
	return meta.Put(metaFixtureHash, []byte(hash))
}

// withDefaults fills the settings' zero fields from model.DefaultSettings.
func withDefaults(s model.Settings) model.Settings {
	def := model.DefaultSettings()
	if s.Epoch.IsZero() {
		s.Epoch = def.Epoch
	}
	if s.GridColumns <= 0 {
		s.GridColumns = def.GridColumns
	}
	if s.GridRows <= 0 {
		s.GridRows = def.GridRows
	}
	if s.NearbyRadiusMetres <= 0 {
		s.NearbyRadiusMetres = def.NearbyRadiusMetres
	}
	if s.FollowPromptMaxDismissals <= 0 {
		s.FollowPromptMaxDismissals = def.FollowPromptMaxDismissals
	}
	return s
}

// ensureUser returns the persona's state bucket, creating it with the
// persona's seed state if it does not exist yet. Seed recents are an hour
// apart before epoch, newest first.
func ensureUser(tx *bolt.Tx, p model.Persona, epoch time.Time) (*bolt.Bucket, error) {
	users := tx.Bucket(bktUsers)
	if b := users.Bucket([]byte(p.ID)); b != nil {
		return b, nil
	}
	b, err := users.CreateBucket([]byte(p.ID))
	if err != nil {
		return nil, err
	}
	mps := tx.Bucket(bktMiniPrograms)
	favs := []model.MiniProgramID{}
	for _, id := range p.Favourites {
		if mps.Get([]byte(id)) != nil {
			favs, _ = addOnce(favs, id)
		}
	}
	recents := []model.Recent{}
	for i := len(p.Recents) - 1; i >= 0; i-- {
		if mps.Get([]byte(p.Recents[i])) != nil {
			at := epoch.Add(-time.Duration(i+1) * time.Hour)
			recents = model.BumpRecent(recents, p.Recents[i], at, model.MaxRecents)
		}
	}
	follows := []model.Follow{}
	accts := tx.Bucket(bktAccounts)
	for i, id := range p.Follows {
		if accts.Get([]byte(id)) != nil && indexOfFollow(follows, id) < 0 {
			follows = append(follows, model.Follow{AccountID: id, At: epoch.Add(-time.Duration(len(p.Follows)-i) * 24 * time.Hour)})
		}
	}
	return b, errors.Join(
		putJSON(b, userFavourites, favs),
		writeRecents(b, recents),
		writeFollows(b, follows),
	)
}

// addOnce appends id unless present.
func addOnce[T comparable](list []T, id T) ([]T, bool) {
	for _, v := range list {
		if v == id {
			return list, false
		}
	}
	return append(list, id), true
}

func indexOfFollow(list []model.Follow, id model.AccountID) int {
	for i, f := range list {
		if f.AccountID == id {
			return i
		}
	}
	return -1
}
