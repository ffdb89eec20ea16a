// Package store is lifesim's persistence: one bbolt file holding the seeded
// world, every persona's state, search and feed indexes, and the append-only
// event log. Every user action is one write transaction that also appends
// its event, so what the UI shows as done is on disk.
//
// The UI depends only on the role interfaces in api.go; *DB implements them.
package store
