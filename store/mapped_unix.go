//go:build unix

package store

import (
	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// releaseMapped gives back this process's mapping of the store's pages:
// they stay in the page cache, and a later read maps them again. bbolt
// reads through a read-only memory map, so a walk over a big part of the
// file (exporting a log of a million events) would otherwise leave every
// page it passed counted in the process's resident memory, although the
// data is the file's and nothing holds it. MADV_DONTNEED on a shared,
// read-only file mapping discards nothing that is not in the file.
//
// It must run inside a transaction of tx's DB: an open transaction keeps
// bbolt from moving the map (remapping) meanwhile.
func releaseMapped(db *bolt.DB, tx *bolt.Tx) {
	data := db.Info().Data
	if data == 0 || tx.Size() <= 0 {
		return
	}
	// Through the raw system call, so that the map's address stays a
	// number and is never made into a Go pointer.
	_, _, _ = unix.Syscall(unix.SYS_MADVISE, data, uintptr(tx.Size()), unix.MADV_DONTNEED)
}
