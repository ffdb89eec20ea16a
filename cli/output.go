package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"syscall"
)

// outWriter is stdout as every command sees it. It remembers the first
// failed write (a full disk, a closed pipe) and fails every later one at
// once, so that a report stops early and Run can exit 1 even where the
// printing code does not check each write (fmt.Fprintf, cobra's help).
type outWriter struct {
	w   io.Writer
	err error
}

func (o *outWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		o.err = err
	}
	return n, err
}

// failure is what Run reports for the failed write, if any: nil when all
// output was written. A closed pipe (`lifesim events | head`) is the
// reader saying it has enough, so it ends the run quietly (exit 1, no
// message), as it would end any Unix tool.
func (o *outWriter) failure() (err error, quiet bool) {
	if o.err == nil {
		return nil, false
	}
	if errors.Is(o.err, syscall.EPIPE) {
		return o.err, true
	}
	return fmt.Errorf("cannot write the output: %w", unwrapPath(o.err)), false
}

// unwrapPath drops "write /dev/stdout:" from an *fs.PathError, which names
// a file the user did not name.
func unwrapPath(err error) error {
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
