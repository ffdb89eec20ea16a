package store

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// group_counts holds, per group id, the change in members from every
// persona's joins and leaves (big-endian int64), so a reseed with a new
// fixture count keeps the personas' memberships on top.

func membersDelta(tx *bolt.Tx, id model.GroupID) int64 {
	v := tx.Bucket(bktGroupCounts).Get([]byte(id))
	if len(v) != 8 {
		return 0
	}
	return int64(binary.BigEndian.Uint64(v))
}

func addMembers(tx *bolt.Tx, id model.GroupID, n int64) error {
	var v [8]byte
	binary.BigEndian.PutUint64(v[:], uint64(membersDelta(tx, id)+n))
	return tx.Bucket(bktGroupCounts).Put([]byte(id), v[:])
}

// getGroup returns the group with its members including every persona's
// joins.
func getGroup(tx *bolt.Tx, id model.GroupID) (model.Group, error) {
	g, err := getByID[model.Group](tx, bktGroups, "group", string(id))
	if err != nil {
		return g, err
	}
	g.Members = max(g.Members+membersDelta(tx, id), 0)
	return g, nil
}

// Group returns one topic group; Members include every persona's joins.
func (d *DB) Group(id model.GroupID) (model.Group, error) {
	return viewGet(d, func(tx *bolt.Tx) (model.Group, error) { return getGroup(tx, id) })
}

// GroupPosts is the posts linking the group, newest first.
func (d *DB) GroupPosts(id model.GroupID, c Cursor, limit int) (Page[model.Post], error) {
	return d.postsUnder(bktIdxGroupPosts, string(id), c, limit, func(tx *bolt.Tx) error {
		if tx.Bucket(bktGroups).Get([]byte(id)) == nil {
			return notFound("group", id)
		}
		return nil
	})
}

// OpenedGroup records opening a group page (an event only).
func (d *DB) OpenedGroup(a model.Actor, id model.GroupID, src model.Source) error {
	a = stamp(a)
	return d.act(a, func(tx *bolt.Tx, _ *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if tx.Bucket(bktGroups).Get([]byte(id)) == nil {
			return nil, notFound("group", id)
		}
		return []model.Event{model.NewEvent(a, model.EventOpenGroup, string(id), src, "")}, nil
	})
}

// ToggleGroup joins the group, or leaves it if the persona is a member;
// the group's member count moves with it.
func (d *DB) ToggleGroup(a model.Actor, id model.GroupID) (joined bool, g model.Group, err error) {
	a = stamp(a)
	err = d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if _, err := getGroup(tx, id); err != nil {
			return nil, err
		}
		list, err := readMemberships(u)
		if err != nil {
			return nil, err
		}
		list, now, delta := model.ToggleMembership(list, id, a.At)
		if err := writeMemberships(u, list); err != nil {
			return nil, err
		}
		if err := addMembers(tx, id, delta); err != nil {
			return nil, err
		}
		if g, err = getGroup(tx, id); err != nil {
			return nil, err
		}
		joined = now
		kind := model.EventGroupJoin
		if !now {
			kind = model.EventGroupLeave
		}
		return []model.Event{model.NewEvent(a, kind, string(id), "", "")}, nil
	})
	if err != nil {
		return false, model.Group{}, err
	}
	return joined, g, nil
}
