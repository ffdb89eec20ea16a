package store

import (
	"errors"
	"fmt"
)

// Errors about the database file itself. Open and every read or write wrap
// them in an error that names the file, so errors.Is works and the message
// says what to do.
var (
	// ErrLocked: another process (or another Open in this one) holds the file.
	ErrLocked = errors.New("store is locked")
	// ErrCorrupt: the file is not a readable bbolt database, or a page of it
	// is damaged.
	ErrCorrupt = errors.New("store is damaged")
	// ErrForeign: the file is a bbolt database of some other program.
	ErrForeign = errors.New("store belongs to another program")
	// ErrSchema: the file is lifesim's but of a schema version this build
	// does not understand.
	ErrSchema = errors.New("store has an unknown schema version")
	// ErrAccess: the file or its directory cannot be created or written
	// (permissions, a read-only file system, a path through a file).
	ErrAccess = errors.New("store cannot be written")
)

// Errors of user actions, wrapped with the id concerned.
var (
	// ErrAlreadyClaimed: the persona already holds this coupon.
	ErrAlreadyClaimed = errors.New("coupon already claimed")
	// ErrNotClaimed: an order names a coupon the persona never claimed.
	ErrNotClaimed = errors.New("coupon not claimed")
	// ErrExpired: the coupon can no longer be claimed.
	ErrExpired = errors.New("coupon has expired")
	// ErrInvalid: the request itself is malformed (empty comment, empty
	// order, bad cursor…).
	ErrInvalid = errors.New("invalid request")
	// ErrBadName: a participant's name is not one model.CheckParticipantName
	// accepts; nothing was written.
	ErrBadName = errors.New("bad participant name")
)

// fileError is a problem with the database file: a sentinel kind, what is
// wrong (naming the path), the underlying cause if any, and what to do.
type fileError struct {
	kind  error
	msg   string
	cause error
	hint  string
	// detail is for errors.Is/As and `lifesim check`, never for the
	// message: bbolt's and the runtime's words mean nothing to a user.
	detail error
}

func (e *fileError) Error() string {
	s := e.msg
	if e.cause != nil {
		s += ": " + e.cause.Error()
	}
	if e.hint != "" {
		s += " (" + e.hint + ")"
	}
	return s
}

func (e *fileError) Unwrap() []error {
	errs := []error{e.kind}
	for _, c := range []error{e.cause, e.detail} {
		if c != nil {
			errs = append(errs, c)
		}
	}
	return errs
}

const otherFile = "use --db to pick another file"

func lockedError(path string) error {
	return &fileError{kind: ErrLocked, msg: fmt.Sprintf("store %s is in use by another lifesim", path),
		hint: "close it, or " + otherFile}
}

// corruptError reports a file bbolt could not open or read, saying in
// plain words why (plainReason); the raw cause is kept only as detail.
func corruptError(path string, cause error) error {
	return &fileError{kind: ErrCorrupt, detail: cause,
		msg: fmt.Sprintf("store %s is damaged or not a lifesim database (%s)", path, plainReason(cause)),
		// The --db is spelled out: a bare `lifesim reset --all` would move
		// the default store aside, not this one.
		hint: damagedHint(path)}
}

func foreignError(path string) error {
	return &fileError{kind: ErrForeign,
		msg:  fmt.Sprintf("store %s is a bbolt database of another program; lifesim leaves it untouched", path),
		hint: otherFile}
}

func schemaError(path string, got string) error {
	return &fileError{kind: ErrSchema,
		msg:  fmt.Sprintf("store %s has schema version %q but this lifesim understands %d", path, got, schemaVersion),
		hint: "use a matching lifesim, or " + otherFile}
}

// notFound wraps ErrNotFound naming the kind and id.
func notFound(kind string, id any) error {
	return fmt.Errorf("%s %q: %w", kind, fmt.Sprint(id), ErrNotFound)
}

// kindError is an error whose message is written for the user and that
// matches a sentinel kind with errors.Is.
type kindError struct {
	kind error
	msg  string
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

func invalid(format string, args ...any) error {
	return &kindError{kind: ErrInvalid, msg: fmt.Sprintf(format, args...)}
}
