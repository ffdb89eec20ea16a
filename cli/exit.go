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
// command, and any UsageError a command returns, exit ExitUsage.
func Run(root *cobra.Command, args []string, stdout, stderr io.Writer) int {
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
			PrintError(stderr, werr)
		}
		return ExitError
	}
	if err == nil {
		return ExitOK
	}
	PrintError(stderr, err)
	if errors.As(err, new(UsageError)) {
		return ExitUsage
	}
	return ExitError
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
