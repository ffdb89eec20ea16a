//go:build !unix

package store

import bolt "go.etcd.io/bbolt"

// releaseMapped does nothing where madvise is not available.
func releaseMapped(*bolt.DB, *bolt.Tx) {}
