package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"syscall"

	"github.com/charmbracelet/x/term"
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

// keepingFile is o as a file when stdout is one (os.Stdout is): writes go
// through o, and the descriptor is stdout's, so that fang's help sees a
// terminal where there is one and styles it (colorprofile looks for a
// term.File), and styles nothing on a pipe or a file.
func (o *outWriter) keepingFile(stdout io.Writer) io.Writer {
	if f, ok := stdout.(term.File); ok {
		return fileOutWriter{o, f}
	}
	return o
}

// fileOutWriter is an outWriter on a file.
type fileOutWriter struct {
	*outWriter
	f term.File
}

func (f fileOutWriter) Fd() uintptr                { return f.f.Fd() }
func (f fileOutWriter) Read(p []byte) (int, error) { return f.f.Read(p) }

// Close does not close stdout: Run does not own it.
func (fileOutWriter) Close() error { return nil }

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
