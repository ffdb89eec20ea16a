package cli

import (
	"errors"
	"io"

	"github.com/spf13/cobra"
)

// Exit codes, as the README lists them.
const (
	ExitOK    = 0
	ExitError = 1 // the command failed: locked or damaged store, bad fixtures, output not written…
	ExitUsage = 2 // the command line itself is wrong: unknown flag, stray argument, bad value
)

// Run executes root with args and returns the process exit code. Errors
// are printed to stderr (PrintError); flag and argument errors of every
// command, and any UsageError a command returns, exit ExitUsage. It is
// cobra alone, plain text whatever the output is: a room's admin commands
// over SSH run this way. The local command line runs with RunStyled.
func Run(root *cobra.Command, args []string, stdout, stderr io.Writer) int {
	out := setUp(root, args, stdout, stderr)
	markUsageErrors(root)
	code, report := outcome(root.Execute(), out)
	if report != nil {
		PrintError(stderr, report)
	}
	return code
}

// setUp points root at args and the two outputs, stdout behind an
// outWriter.
func setUp(root *cobra.Command, args []string, stdout, stderr io.Writer) *outWriter {
	root.SetArgs(args)
	out := &outWriter{w: stdout}
	root.SetOut(out.keepingFile(stdout))
	root.SetErr(stderr)
	return out
}

// outcome is the exit code of a run that ended with err, and the error
// to report (nil for none).
func outcome(err error, out *outWriter) (code int, report error) {
	// Output that did not all reach stdout is a failure whatever the
	// command returned (its own error is most likely the same write).
	if werr, quiet := out.failure(); werr != nil {
		if quiet {
			return ExitError, nil
		}
		return ExitError, werr
	}
	if err == nil {
		return ExitOK, nil
	}
	if errors.As(err, new(UsageError)) {
		return ExitUsage, err
	}
	return ExitError, err
}

// markUsageErrors makes flag and argument errors of every command
// UsageErrors, including commands added after the root was built.
func markUsageErrors(root *cobra.Command) {
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return Usage(err) })
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if args := c.Args; args != nil {
			c.Args = func(cmd *cobra.Command, a []string) error {
				if err := args(cmd, a); err != nil {
					return Usage(err)
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
