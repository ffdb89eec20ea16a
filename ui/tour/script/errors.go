package script

import (
	"errors"
	"fmt"
)

// LineError is one bad line of a script. Parse joins one for every bad
// line (errors.Join), so an author fixes them all in one go; each prints
// as a line of its own: FILE:LINE: what is wrong.
type LineError struct {
	File string
	Line int // 1-based; 0 for what concerns the whole script (no steps)
	Msg  string
}

func (e *LineError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// LineErrors returns the line errors err holds, in line order: the ones
// Parse joined, for a caller that shows them one by one.
func LineErrors(err error) []*LineError {
	var out []*LineError
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			out = append(out, LineErrors(e)...)
		}
		return out
	}
	var le *LineError
	if errors.As(err, &le) {
		out = append(out, le)
	}
	return out
}
