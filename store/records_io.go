package store

import (
	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// Typed reads and writes of a persona's state, each through its record type
// (records.go), so no model json tag ever reaches the disk.

func readRecents(b *bolt.Bucket) ([]model.Recent, error) {
	return listVia(b, userRecents, recentRecord.model)
}

func writeRecents(b *bolt.Bucket, list []model.Recent) error {
	return putListVia(b, userRecents, list, toRecentRecord)
}

func readFollows(b *bolt.Bucket) ([]model.Follow, error) {
	return listVia(b, userFollows, followRecord.model)
}

func writeFollows(b *bolt.Bucket, list []model.Follow) error {
	return putListVia(b, userFollows, list, toFollowRecord)
}

func readClaims(b *bolt.Bucket) ([]model.ClaimedCoupon, error) {
	return listVia(b, userCoupons, claimRecord.model)
}

func writeClaims(b *bolt.Bucket, list []model.ClaimedCoupon) error {
	return putListVia(b, userCoupons, list, toClaimRecord)
}

func readMemberships(b *bolt.Bucket) ([]model.GroupMembership, error) {
	return listVia(b, userGroups, membershipRecord.model)
}

func writeMemberships(b *bolt.Bucket, list []model.GroupMembership) error {
	return putListVia(b, userGroups, list, toMembershipRecord)
}

// listVia decodes the JSON list at key as records and converts each; absent
// or null is an empty list.
func listVia[R, M any](b *bolt.Bucket, key []byte, conv func(R) M) ([]M, error) {
	recs, err := listOf[R](b, key)
	return recordsOf(recs, conv), err
}

// putListVia stores list as a JSON list of records.
func putListVia[M, R any](b *bolt.Bucket, key []byte, list []M, conv func(M) R) error {
	return putJSON(b, key, recordsOf(list, conv))
}

// historyVia decodes a nested sequence bucket of records, oldest first.
func historyVia[R, M any](b *bolt.Bucket, name []byte, conv func(R) M) ([]M, error) {
	recs, err := history[R](b, name)
	return recordsOf(recs, conv), err
}

// recordsOf converts each element of list with conv: model values to
// records and back. The result is never nil.
func recordsOf[M, R any](list []M, conv func(M) R) []R {
	out := make([]R, 0, len(list))
	for _, m := range list {
		out = append(out, conv(m))
	}
	return out
}
