package store

import (
	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// OpenedAccount records opening a life account page (an event only).
func (d *DB) OpenedAccount(a model.Actor, id model.AccountID, src model.Source) error {
	a = stamp(a)
	return d.act(a, func(tx *bolt.Tx, _ *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if tx.Bucket(bktAccounts).Get([]byte(id)) == nil {
			return nil, notFound("life account", id)
		}
		return []model.Event{model.NewEvent(a, model.EventOpenAccount, string(id), src, "")}, nil
	})
}

// OpenedPost records opening a post (an event only).
func (d *DB) OpenedPost(a model.Actor, id model.PostID, src model.Source) error {
	a = stamp(a)
	return d.act(a, func(tx *bolt.Tx, _ *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if tx.Bucket(bktPosts).Get([]byte(id)) == nil {
			return nil, notFound("post", id)
		}
		return []model.Event{model.NewEvent(a, model.EventOpenPost, string(id), src, "")}, nil
	})
}

// ToggleFollow follows or unfollows a life account, reporting whether the
// persona now follows it. The account's displayed fans move with it. src
// is the source of the page it happened on, written on the event.
func (d *DB) ToggleFollow(a model.Actor, id model.AccountID, src model.Source) (following bool, err error) {
	a = stamp(a)
	err = d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if tx.Bucket(bktAccounts).Get([]byte(id)) == nil {
			return nil, notFound("life account", id)
		}
		follows, err := readFollows(u)
		if err != nil {
			return nil, err
		}
		kind, fans := model.EventFollow, int64(1)
		if i := indexOfFollow(follows, id); i >= 0 {
			follows = append(follows[:i:i], follows[i+1:]...)
			kind, fans = model.EventUnfollow, -1
		} else {
			follows = append(follows, model.Follow{AccountID: id, At: a.At})
			following = true
		}
		if err := writeFollows(u, follows); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, kind, string(id), src, "")}, addFans(tx, id, fans)
	})
	if err != nil {
		return false, err
	}
	return following, nil
}
