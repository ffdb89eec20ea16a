// Package store is lifesim's persistence: one bbolt file holding the seeded
// world, every persona's state, search and feed indexes, and the append-only
// event log. Every user action is one write transaction that also appends
// its event, so what the UI shows as done is on disk.
//
// The UI depends only on the role interfaces in api.go; *DB implements them.
//
// Where to look:
//   - buckets.go: the file's layout; records*.go: what a persona's state
//     and the event log look like on disk, kept apart from the model types.
//   - migrate.go: the schema version and the ordered migrations run when
//     an older store is opened; open.go and open_readonly.go: opening for
//     the app and, read-only, for commands that only read.
//   - filecheck.go, pagewalk.go, damage*.go: a damaged file is found by
//     reading it, never by mapping it, and stops the writes; check*.go is
//     `lifesim check`. A store over 64 MiB is walked beside the app
//     instead of before it is mapped (pagewatch.go), so its damage is
//     found within seconds rather than before the first frame.
//   - merchant*.go: the merchant's side (store.Merchants, api_merchant.go):
//     what life accounts' operators write, kept in operators/<account> and
//     written into the world's buckets and indexes like seeded posts and
//     coupons (restored by reseeding, removed by ClearUserState);
//     check_merchants.go reads it for `lifesim check`.
package store
