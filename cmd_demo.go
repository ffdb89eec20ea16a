package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"lifesim/cli"
	"lifesim/ui/tour"
	"lifesim/ui/tour/script"
)

// demoFlags are demo's own flags, as typed.
type demoFlags struct {
	script, pace, record, size string
	speed                      float64
	headless, print            bool
}

// demoConfig is a demo checked and ready to run.
type demoConfig struct {
	script        *script.Script
	pace          tour.Pace
	speed         float64
	record        string // asciicast file to write; "" records nothing
	headless      bool
	width, height int  // headless only
	personaGiven  bool // --persona was given: it wins over the script's
}

func newDemoCmd(o *options) *cobra.Command {
	var f demoFlags
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Play a captioned tour of the article's story through the real app",
		Long: `Play a captioned tour through the real app: search a brand, open its mini
program and collect it, follow its life account, read its posts in Life, order
and pay, then come back a day later through My Mini Programs, and see the walk
in the funnel. Every step is a real key press into the app, on a fresh
throwaway store: your own store (--db) is never opened.

Keys: space or → next step, ← previous step (replayed from the start), p
pause or resume the auto pace, q quit. Any other key hands the app to you;
ctrl+r gives it back to the tour, if the app is where the next step starts.

A script is plain text, one instruction per line (print the built-in one with
--print to start from it):
  persona returning        setup, before the first step: the persona
  variant key=arm          setup: force an experiment arm
  size 100x30              setup: the size --headless renders at
  caption "…"              starts a step: its one or two sentences
  key enter                one key press (enter, esc, space, up, f2, s, T …)
  type New Hope            text, one key press per character
  wait 800ms               a pause (scaled by --speed)
  expect "New Hope"        the app's screen must show this, or the tour stops
  clock +1d                the simulated clock moves forward (as T does)`,
		Example: `  lifesim demo                                  # the built-in tour, step by step
  lifesim demo --pace auto --speed 2            # it plays by itself, twice as fast
  lifesim demo --script my.tour                 # your own tour
  lifesim demo --headless --record tour.cast    # no terminal: record it
  asciinema play tour.cast                      # play the recording`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := f.config(cmd)
			if err != nil {
				return err
			}
			if f.print {
				return printScript(cmd, f.script)
			}
			return runDemo(cmd.Context(), o, cfg, cmd.OutOrStdout())
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.script, "script", "", "play this tour script instead of the built-in tour")
	fl.StringVar(&f.pace, "pace", "", "step (you advance with space) or auto (it advances by itself); default step in a terminal, auto with --headless")
	fl.Float64Var(&f.speed, "speed", 1, "play the pace this many times faster (0.25 to 100)")
	fl.StringVar(&f.record, "record", "", "write what the terminal shows to this asciicast v2 file (play it with asciinema play FILE)")
	fl.BoolVar(&f.headless, "headless", false, "render without a terminal, at --size, to the end of the tour (exit 1 if an expect fails)")
	fl.StringVar(&f.size, "size", "", "the terminal size with --headless, WxH (default: the script's size line, else 100x30)")
	fl.BoolVar(&f.print, "print", false, "print the tour's script and exit")
	return cmd
}

// Bounds of --speed: slower than a quarter drags, faster than 100 shows
// nothing a person could read, even in a recording.
const (
	minSpeed = 0.25
	maxSpeed = 100
)

// config checks every flag, and reads and parses the script, before
// anything is created.
func (f demoFlags) config(cmd *cobra.Command) (demoConfig, error) {
	c := demoConfig{speed: f.speed, record: f.record, headless: f.headless}
	if p := cmd.Flag("persona"); p != nil {
		c.personaGiven = p.Changed
	}
	var err error
	if c.script, err = readScript(f.script); err != nil {
		return c, err
	}
	if c.pace, err = f.paceOrDefault(); err != nil {
		return c, err
	}
	if f.speed < minSpeed || f.speed > maxSpeed {
		return c, cli.Usagef("--speed %s: between %g and %g", strconv.FormatFloat(f.speed, 'g', -1, 64), float64(minSpeed), float64(maxSpeed))
	}
	if f.size != "" && !f.headless {
		return c, cli.Usagef("--size is for --headless: in a terminal the tour takes the terminal's size")
	}
	if c.width, c.height, err = f.headlessSize(c.script); err != nil {
		return c, err
	}
	if f.record != "" {
		if err := checkRecordPath(f.record); err != nil {
			return c, err
		}
	}
	if f.print && playFlagSet(cmd) {
		return c, cli.Usagef("--print takes only --script: it prints the script and runs nothing")
	}
	return c, nil
}

// playFlagSet reports whether a flag that shapes how the tour plays was
// given: meaningless with --print. The shared flags (--db, --now …) are
// not demo's own, so they are no mistake there.
func playFlagSet(cmd *cobra.Command) bool {
	set := false
	cmd.LocalFlags().VisitAll(func(fl *pflag.Flag) {
		set = set || (fl.Changed && fl.Name != "print" && fl.Name != "script")
	})
	return set
}

// paceOrDefault is --pace, or its default: step for a presenter at a
// terminal, auto when nobody is there to press space.
func (f demoFlags) paceOrDefault() (tour.Pace, error) {
	switch f.pace {
	case "step":
		return tour.Step, nil
	case "auto":
		return tour.Auto, nil
	case "":
		if f.headless {
			return tour.Auto, nil
		}
		return tour.Step, nil
	}
	return 0, cli.Usagef("--pace %q: want step or auto", f.pace)
}

// Default and bounds of --size: the app's minimum, and more than any
// screen a recording is watched on.
const (
	defaultWidth, defaultHeight = 100, 30
	minSize                     = 40
	minHeight                   = 16
	maxWidth, maxHeight         = 400, 200
)

// headlessSize is --size, else the script's size line, else 100×30.
func (f demoFlags) headlessSize(s *script.Script) (int, int, error) {
	if f.size == "" {
		if s.Setup.Width > 0 {
			return s.Setup.Width, s.Setup.Height, nil
		}
		return defaultWidth, defaultHeight, nil
	}
	ws, hs, ok := strings.Cut(f.size, "x")
	w, werr := strconv.Atoi(ws)
	h, herr := strconv.Atoi(hs)
	if !ok || werr != nil || herr != nil {
		return 0, 0, cli.Usagef("--size %q: want WIDTHxHEIGHT, such as 100x30", f.size)
	}
	if w < minSize || h < minHeight || w > maxWidth || h > maxHeight {
		return 0, 0, cli.Usagef("--size %q: from %dx%d to %dx%d", f.size, minSize, minHeight, maxWidth, maxHeight)
	}
	return w, h, nil
}

// readScript reads and parses --script, or returns the built-in tour. A
// script that cannot be read or parsed is a usage error: nothing has run.
func readScript(path string) (*script.Script, error) {
	if path == "" {
		return script.Builtin(), nil
	}
	// A huge file is refused before it is read: Parse would refuse it
	// anyway, after reading it all.
	if st, err := os.Stat(path); err == nil && st.Size() > script.MaxBytes {
		return nil, cli.Usagef("--script %s: %d bytes, more than a tour script's %d", path, st.Size(), script.MaxBytes)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, cli.Usagef("--script: %v", err)
	}
	s, err := script.Parse(path, src)
	if err != nil {
		return nil, cli.Usage(scriptError{err})
	}
	return s, nil
}

// scriptError is a script's FILE:LINE problems, one per line, which name
// where to look themselves: no pointer to --help after them.
type scriptError struct{ err error }

func (e scriptError) Error() string {
	return e.err.Error() + "\n(see lifesim demo --help for the script language)"
}
func (e scriptError) Unwrap() error { return e.err }

// checkRecordPath refuses a --record file that could not be written,
// before the tour runs for minutes and then fails to save it.
func checkRecordPath(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return cli.Usagef("--record %q: the folder %s does not exist", path, dir)
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return cli.Usagef("--record %q is a folder: give a file name such as tour.cast", path)
	}
	return nil
}

// printScript prints the tour's script: the built-in one's text, or the
// --script file as read (it parsed).
func printScript(cmd *cobra.Command, path string) error {
	src := script.BuiltinSource()
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		src = b
	}
	_, err := fmt.Fprint(cmd.OutOrStdout(), string(src))
	return err
}
