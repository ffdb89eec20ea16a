package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// Each persona's state lives in the nested bucket users/<persona>: small
// ordered lists as JSON values (favourites, recents, follows, likes,
// collected posts, claimed coupons), flags as present keys, and the growing
// histories (comments, forwards, orders) as nested buckets keyed by
// big-endian sequence.

// State returns everything the persona has done. Slices are never nil.
func (d *DB) State(p model.PersonaID) (model.UserState, error) {
	return viewGet(d, func(tx *bolt.Tx) (model.UserState, error) { return readState(tx, p) })
}

func readState(tx *bolt.Tx, p model.PersonaID) (model.UserState, error) {
	st := model.UserState{
		Persona: p, Favourites: []model.MiniProgramID{}, Recents: []model.Recent{},
		Follows: []model.Follow{}, Likes: []model.PostID{}, CollectedPosts: []model.PostID{},
		Comments: []model.Comment{}, Forwards: []model.Forward{}, Orders: []model.Order{},
		Coupons: []model.ClaimedCoupon{}, Groups: []model.GroupMembership{}, OwnPosts: []model.Post{},
		FollowPromptDismissals: map[model.AccountID]int{},
	}
	if personaBytes(tx, p) == nil {
		return st, notFound("persona", p)
	}
	b := tx.Bucket(bktUsers).Bucket([]byte(p))
	if b == nil {
		return st, nil
	}
	var err error
	if st.Favourites, err = listOf[model.MiniProgramID](b, userFavourites); err != nil {
		return st, err
	}
	if st.Recents, err = readRecents(b); err != nil {
		return st, err
	}
	if st.Follows, err = readFollows(b); err != nil {
		return st, err
	}
	if st.Likes, err = listOf[model.PostID](b, userLikes); err != nil {
		return st, err
	}
	if st.CollectedPosts, err = listOf[model.PostID](b, userCollectedPosts); err != nil {
		return st, err
	}
	if st.Coupons, err = readClaims(b); err != nil {
		return st, err
	}
	if st.Comments, err = historyVia(b, userComments, commentRecord.model); err != nil {
		return st, err
	}
	if st.Forwards, err = historyVia(b, userForwards, forwardRecord.model); err != nil {
		return st, err
	}
	if st.Orders, err = historyVia(b, userOrders, orderRecord.model); err != nil {
		return st, err
	}
	st.GuidanceSeen = b.Get(userGuidanceSeen) != nil
	return st, readCommunity(tx, b, &st)
}

// readCommunity reads the groups, own posts (with every persona's counts)
// and follow pop-up closes into st.
func readCommunity(tx *bolt.Tx, b *bolt.Bucket, st *model.UserState) error {
	var err error
	if st.Groups, err = readMemberships(b); err != nil {
		return err
	}
	if st.OwnPosts, err = historyVia(b, userOwnPosts, postRecord.model); err != nil {
		return err
	}
	for i, p := range st.OwnPosts {
		d, err := countsDelta(tx, p.ID)
		if err != nil {
			return err
		}
		st.OwnPosts[i].Counts = p.Counts.Add(d)
	}
	dismissed, _, err := getJSON[map[model.AccountID]int](b, userFollowPrompt)
	if dismissed != nil {
		st.FollowPromptDismissals = dismissed
	}
	return err
}

// listOf decodes a JSON list value; absent or null is an empty list.
func listOf[T any](b *bolt.Bucket, key []byte) ([]T, error) {
	v, _, err := getJSON[[]T](b, key)
	if v == nil {
		v = []T{}
	}
	return v, err
}

// history decodes every value of a nested sequence bucket, oldest first.
func history[T any](b *bolt.Bucket, name []byte) ([]T, error) {
	out := []T{}
	nb := b.Bucket(name)
	if nb == nil {
		return out, nil
	}
	err := nb.ForEach(func(_, v []byte) error {
		x, err := decode[T](v)
		out = append(out, x)
		return err
	})
	return out, err
}

// appendHistory stores v under the next sequence of the nested bucket name.
func appendHistory(b *bolt.Bucket, name []byte, seq uint64, v any) error {
	nb, err := b.CreateBucketIfNotExists(name)
	if err != nil {
		return err
	}
	return putJSON(nb, seqKey(seq), v)
}

// action is the body of a user action: it changes state in tx (u is the
// actor's state bucket) and returns the events to append. a is the actor
// with the action's time as read inside the transaction (actionTime); the
// body uses it, not the caller's, for every time it stores.
type action func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error)

// act runs one user action as one write transaction: the actor's persona
// must exist; its state bucket is created (with seed state) if needed; the
// events returned are appended in the same transaction. If fn fails,
// nothing changes.
func (d *DB) act(a model.Actor, fn action) error {
	return d.update(func(tx *bolt.Tx) error {
		a.At = d.actionTime(tx, a)
		p, err := getPersona(tx, a.Persona)
		if err != nil {
			return err
		}
		settings, err := getSettings(tx)
		if err != nil {
			return err
		}
		u, err := ensureUser(tx, p, settings.Epoch)
		if err != nil {
			return err
		}
		events, err := fn(tx, u, a)
		if err != nil {
			return err
		}
		for _, e := range events {
			if _, err := appendEvent(tx, e); err != nil {
				return err
			}
		}
		return nil
	})
}

// stamp fills a missing action time with the wall clock, so that no event
// is recorded at the zero time.
func stamp(a model.Actor) model.Actor {
	if a.At.IsZero() {
		a.At = time.Now()
	}
	return a
}
