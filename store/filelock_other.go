//go:build !unix

package store

import (
	"errors"
	"os"
	"time"
)

var errLockTimeout = errors.New("lock timeout")

// lockShared does nothing where flock does not exist; bbolt's own open
// still locks the file.
func lockShared(*os.File, time.Duration) error { return nil }

func unlock(*os.File) {}
