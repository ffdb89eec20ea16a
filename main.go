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
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// A reader that goes away (`lifesim sim | head`) makes writes fail
	// with EPIPE instead of killing the process outright, so that deferred
	// cleanup — sim's temporary store — still runs (see outWriter).
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
