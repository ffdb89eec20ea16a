package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"lifesim/model"
)

// Exit codes, as the README lists them.
const (
	exitOK    = 0
	exitError = 1 // the command failed: locked or damaged store, bad fixtures, output not written…
	exitUsage = 2 // the command line itself is wrong: unknown flag, stray argument, bad value
)

// maxErrorLines caps how many problems are printed (a broken fixture world
// can have hundreds); the count of the rest is printed instead.
const maxErrorLines = 30

// run executes the command line args and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd()
	markUsageErrors(root)
	root.SetArgs(args)
	out := &outWriter{w: stdout}
	root.SetOut(out)
	root.SetErr(stderr)
	err := root.Execute()
	// Output that did not all reach stdout is a failure whatever the
	// command returned (its own error is most likely the same write).
	if werr, quiet := out.failure(); werr != nil {
		if !quiet {
			printError(stderr, werr)
		}
		return exitError
	}
	if err == nil {
		return exitOK
	}
	printError(stderr, err)
	if errors.As(err, new(usageError)) {
		return exitUsage
	}
	return exitError
}

// usageError is a mistake in the command line rather than a failure.
type usageError struct{ err error }

// Error points to --help unless the message already says where to look.
func (e usageError) Error() string {
	if s := e.err.Error(); strings.Contains(s, "(see ") {
		return s
	}
	return e.err.Error() + " (see lifesim --help)"
}
func (e usageError) Unwrap() error { return e.err }

// markUsageErrors makes flag and argument errors of every command
// usageErrors, including commands added later by other files.
func markUsageErrors(root *cobra.Command) {
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if args := c.Args; args != nil {
			c.Args = func(cmd *cobra.Command, a []string) error {
				if err := args(cmd, a); err != nil {
					return usageError{err}
				}
				return nil
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// printError writes err as lines of "lifesim: …": one line for one error,
// one line per problem for a list of them (bad fixtures). Anything that
// could drive the terminal — an escape sequence in a fixture id or a path —
// is shown escaped instead of being sent.
func printError(w io.Writer, err error) {
	lines := strings.Split(strings.TrimRight(err.Error(), "\n"), "\n")
	for i, l := range lines {
		if i == maxErrorLines {
			fmt.Fprintf(w, "lifesim: … and %d more\n", len(lines)-i)
			break
		}
		fmt.Fprintf(w, "lifesim: %s\n", visible(l))
	}
}

// visible escapes control characters, bidi controls and invalid UTF-8 as
// \xNN or \uNNNN, leaving all other text as it is.
func visible(s string) string {
	if model.CleanLine(s) == s {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case model.CleanLine(string(r)) != string(r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
