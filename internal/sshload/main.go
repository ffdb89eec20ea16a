// Command sshload is the load driver of docs/performance.md ("Serving a
// room over SSH"). It runs in its own process, as a room's participants'
// clients would, against a running `lifesim serve`: it opens N SSH
// sessions with PTYs, waits until each has drawn its first frame, then
// has every session walk the chain (search kfc, open the mini program,
// collect, back, open the life account, follow, back) with a key every
// 200 ms, and reports key-to-frame latency (from writing a key to the
// first output bytes after it) and the server's memory, read from
// /proc/PID/status.
//
//	lifesim serve --listen 127.0.0.1:2323 --db /tmp/room.db &
//	go run ./internal/sshload -addr 127.0.0.1:2323 -n 50 -pid $!
//
// With -paste, one more session pastes 1 MB into Search half-way through,
// and the others' latency is reported while it lands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

// config is the command line.
type config struct {
	addr        string
	n           int
	duration    time.Duration
	keyInterval time.Duration
	paste       bool
	pasteSize   int
	pid         int
	prefix      string
	cols, rows  int
	perKey      bool
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command: exit 2 for a bad command line, 1 when the run
// failed, 0 with the report on stdout.
func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "sshload:", err)
		return 2
	}
	rep, err := drive(cfg, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "sshload:", err)
		return 1
	}
	rep.print(stdout, cfg.perKey)
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("sshload", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:2323", "the server's `host:port`")
	fs.IntVar(&c.n, "n", 10, "sessions that walk the chain")
	fs.DurationVar(&c.duration, "duration", 30*time.Second, "how long the sessions walk, once all have drawn")
	fs.DurationVar(&c.keyInterval, "key-interval", 200*time.Millisecond, "time from one key to the next in a session")
	fs.BoolVar(&c.paste, "paste", false, "one more session pastes into Search half-way through")
	fs.IntVar(&c.pasteSize, "paste-size", 1<<20, "bytes the -paste session pastes")
	fs.IntVar(&c.pid, "pid", 0, "the server's process id, for its RSS and CPU (0: not measured)")
	fs.StringVar(&c.prefix, "prefix", "load", "participant names are PREFIX001, PREFIX002, …")
	fs.IntVar(&c.cols, "cols", 100, "terminal width")
	fs.IntVar(&c.rows, "rows", 30, "terminal height")
	fs.BoolVar(&c.perKey, "per-key", false, "also report latency per key of the walk")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	switch {
	case fs.NArg() > 0:
		return c, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	case c.n < 1:
		return c, fmt.Errorf("-n %d: at least one session is needed", c.n)
	case c.duration <= 0 || c.keyInterval <= 0:
		return c, fmt.Errorf("-duration and -key-interval must be positive")
	case c.pid < 0:
		return c, fmt.Errorf("-pid %d is not a process id", c.pid)
	case c.pasteSize < 1:
		return c, fmt.Errorf("-paste-size %d: at least one byte", c.pasteSize)
	case c.cols < 1 || c.rows < 1:
		return c, fmt.Errorf("-cols and -rows must be positive")
	}
	return c, nil
}
