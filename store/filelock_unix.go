//go:build unix

package store

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// errLockTimeout: another process held the file for the whole timeout.
var errLockTimeout = errors.New("lock timeout")

// lockShared takes a shared flock on f, as bbolt's read-only open does, so
// that the file is not read while a lifesim holding it exclusively writes.
func lockShared(f *os.File, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, syscall.EINTR):
			continue
		case !errors.Is(err, syscall.EWOULDBLOCK):
			return err
		case time.Now().After(deadline):
			return errLockTimeout
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func unlock(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
