package store

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
)

// dirError explains why the store's directory could not be created: the
// usual causes are a missing $HOME-style parent on a read-only disk, a
// directory without write permission, or a path component that is a file.
func dirError(path string, err error) error {
	dir := filepath.Dir(path)
	var hint string
	switch {
	case errors.Is(err, syscall.ENOTDIR):
		hint = "a part of that path is a file, not a directory; " + otherFile
	case errors.Is(err, syscall.EROFS):
		hint = "the disk is read-only; " + otherFile + " on a writable disk"
	case errors.Is(err, fs.ErrPermission):
		hint = "create it yourself or make its parent writable, or " + otherFile
	default:
		hint = otherFile
	}
	return &fileError{kind: ErrAccess, cause: errnoOf(err),
		msg: fmt.Sprintf("store %s: cannot create its directory %s", path, dir), hint: hint}
}

// accessError explains why the store file could not be opened for
// writing.
func accessError(path string, err error) error {
	var hint string
	switch {
	case errors.Is(err, syscall.EROFS):
		hint = "the disk is read-only; " + otherFile + " on a writable disk"
	case errors.Is(err, fs.ErrPermission):
		hint = "lifesim must be able to read and write the file and create it in its directory; fix the permissions, or " + otherFile
	default:
		hint = otherFile
	}
	return &fileError{kind: ErrAccess, cause: errnoOf(err),
		msg: fmt.Sprintf("store %s: cannot open it for writing", path), hint: hint}
}

// errnoOf drops the "open /path:" prefix of a *fs.PathError, since the
// message already names the path.
func errnoOf(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// shellQuote quotes path for a command line a person can paste, only when
// it needs quoting.
func shellQuote(path string) string {
	if path != "" && strings.IndexFunc(path, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r == '~' ||
			r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return path
	}
	return "'" + strings.ReplaceAll(path, "'", `'\''`) + "'"
}
