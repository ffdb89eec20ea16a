package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"runtime"

	berrors "go.etcd.io/bbolt/errors"
)

// What damage means, in plain words: bbolt's panics and errors, the
// runtime's faults and the decoders' errors are for `lifesim check`'s
// details and errors.As, never for the one-line message.

// pageDamage is a problem the page walk found in an open store.
type pageDamage struct{ p Problem }

func (e pageDamage) Error() string { return e.p.String() }
func (e pageDamage) Unwrap() error { return ErrCorrupt }

// panicError is a panic recovered by guard.
type panicError struct{ value any }

func (e panicError) Error() string { return fmt.Sprint("panic: ", e.value) }

func (e panicError) Unwrap() error {
	err, _ := e.value.(error)
	return err
}

var (
	pagePanic = regexp.MustCompile(`Page expected to be: (\d+)`)
	typePanic = regexp.MustCompile(`page (\d+): has unexpected type`)
)

// plainReason says in plain words what err, from bbolt, the runtime or a
// record decoder, means for the file.
func plainReason(err error) string {
	var pe panicError
	var re runtime.Error
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var fe *fileError
	var pd pageDamage
	switch {
	case errors.As(err, &pd):
		return pd.p.Summary
	case errors.As(err, &fe) && fe.kind == ErrCorrupt && fe.detail != nil:
		return plainReason(fe.detail)
	case errors.As(err, &re) && isFault(re):
		return "part of the file is missing; it may have been cut short"
	case errors.As(err, &pe):
		s := fmt.Sprint(pe.value)
		if m := pagePanic.FindStringSubmatch(s); m != nil {
			return "page " + m[1] + " is not what its parent expects"
		}
		if m := typePanic.FindStringSubmatch(s); m != nil {
			return "page " + m[1] + " has an unknown type"
		}
		return "a page is not what lifesim expects"
	case errors.As(err, &se), errors.As(err, &te):
		return "a record cannot be read"
	case errors.Is(err, berrors.ErrInvalid):
		return "it is not a bbolt database"
	case errors.Is(err, berrors.ErrVersionMismatch):
		return "it was written by an unknown version of bbolt"
	case errors.Is(err, berrors.ErrChecksum):
		return "its header is damaged"
	}
	return "it cannot be read as a store"
}

// isFault reports whether a runtime error is a memory fault on the map
// (turned into a panic by debug.SetPanicOnFault in guard).
// A nil pointer dereference (a bug, not damage) faults in the first page
// of memory.
func isFault(re runtime.Error) bool {
	a, ok := re.(interface{ Addr() uintptr })
	return ok && a.Addr() >= 4096
}
