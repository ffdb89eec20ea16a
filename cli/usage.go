package cli

import (
	"fmt"
	"strings"
)

// UsageError is a mistake in the command line rather than a failure: Run
// exits ExitUsage for it.
type UsageError struct{ Err error }

// Usage marks err as a mistake in the command line.
func Usage(err error) error { return UsageError{err} }

// Usagef is Usage(fmt.Errorf(format, args...)).
func Usagef(format string, args ...any) error { return UsageError{fmt.Errorf(format, args...)} }

// Error points to --help unless the message already says where to look.
func (e UsageError) Error() string {
	if s := e.Err.Error(); strings.Contains(s, "(see ") {
		return s
	}
	return e.Err.Error() + " (see lifesim --help)"
}

func (e UsageError) Unwrap() error { return e.Err }
