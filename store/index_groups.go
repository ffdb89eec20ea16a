package store

import (
	"cmp"
	"slices"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// idx_group_names maps a group's normalised name, and its normalised id,
// to its id (model.GroupIndex), so that publishing links a post's tags to
// groups without decoding every group.

// groupNameIndex is idx_group_names's records: model.GroupIndex of the
// groups in id order, the order groupIndex read them in from the groups
// bucket before there was an index.
func groupNameIndex(groups []model.Group) batch {
	sorted := slices.Clone(groups)
	slices.SortStableFunc(sorted, func(a, b model.Group) int { return cmp.Compare(a.ID, b.ID) })
	var b batch
	for name, id := range model.GroupIndex(sorted) {
		b.add([]byte(name), []byte(id))
	}
	return b
}

// groupIndex is model.GroupIndex of the seeded groups, read from
// idx_group_names without decoding a group.
func groupIndex(tx *bolt.Tx) map[string]model.GroupID {
	out := map[string]model.GroupID{}
	_ = tx.Bucket(bktIdxGroupNames).ForEach(func(k, v []byte) error {
		out[string(k)] = model.GroupID(v)
		return nil
	})
	return out
}
