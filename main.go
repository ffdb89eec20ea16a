// Command lifesim is a terminal simulator of the Alipay "Life" experience:
// search a brand, open its mini program and life account, collect and
// follow, read its posts in the Life feed, order, and come back through
// Home's "My Mini Programs" grid — with everything persisted in one bbolt
// file.
//
// This file and its cmd_*.go siblings are wiring only: flags and
// subcommands, opening and seeding the store, running the UI.
package main

import (
	"io"
	"os"
	"os/signal"
	"syscall"

	"lifesim/cli"
)

func main() {
	// A reader that goes away (`lifesim sim | head`) makes writes fail
	// with EPIPE instead of killing the process outright, so that deferred
	// cleanup — sim's temporary store — still runs (see cli.Run).
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line args and returns the process exit code
// (cli.ExitOK, cli.ExitError or cli.ExitUsage). It runs through fang
// (cli.RunStyled), which adds --version, completion and man, and styles
// help and errors on a terminal only.
func run(args []string, stdout, stderr io.Writer) int {
	return cli.RunStyled(newRootCmd(), args, stdout, stderr)
}
