package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// MoveAside renames the store file at path to <path>.bak-<time> (adding -2,
// -3… if that name is taken) so that a fresh store can be created there, and
// returns the new name, or "" if there was no file. Nothing is deleted.
//
// A file held by a running lifesim is not moved (ErrLocked): that process
// would go on writing into the renamed file and its actions would vanish
// from the new store. Any other trouble reading the file is ignored, since a
// damaged file is exactly what gets moved aside.
func MoveAside(path string, now time.Time, lockTimeout time.Duration) (string, error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if lockTimeout <= 0 {
		lockTimeout = DefaultLockTimeout
	}
	if db, err := openBolt(path, lockTimeout, true); err == nil {
		_ = db.Close()
	} else if errors.Is(err, ErrLocked) {
		return "", err
	}
	base := fmt.Sprintf("%s.bak-%s", path, now.Format("20060102-150405"))
	bak := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(bak); errors.Is(err, fs.ErrNotExist) {
			break
		}
		bak = fmt.Sprintf("%s-%d", base, i)
	}
	if err := os.Rename(path, bak); err != nil {
		return "", &fileError{kind: ErrAccess, cause: errnoOf(err),
			msg: fmt.Sprintf("store %s: cannot move it aside to %s", path, bak), hint: otherFile}
	}
	return bak, nil
}
