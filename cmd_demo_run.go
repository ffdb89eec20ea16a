package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"lifesim/asciicast"
	"lifesim/cli"
	"lifesim/launch"
	"lifesim/ui"
	"lifesim/ui/headless"
	"lifesim/ui/tour"
)

// errDemoNoTerminal: the tour needs a terminal unless it renders headless.
var errDemoNoTerminal = errors.New("the tour needs a terminal (stdin and stdout must be a TTY); without one, use --headless")

// runDemo plays the tour on a throwaway store, in the terminal or
// headless, recording it if asked.
func runDemo(ctx context.Context, o *options, c demoConfig, stdout io.Writer) error {
	if !c.headless && (!term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd())) {
		return errDemoNoTerminal
	}
	tw, err := launch.NewThrowaway(demoLaunch(o, c))
	if err != nil {
		return err
	}
	defer tw.Close()
	if c.headless {
		return runHeadless(o, c, tw, stdout)
	}
	return runPresented(ctx, c, tw)
}

// demoLaunch is how the tour's store opens: the script's persona and
// arms unless the command line names its own, the world of --fixtures,
// and a clock that stands still at --now (else the world's epoch), moving
// only when the tour moves it, so the tour looks the same every time.
// --db is not read: the tour never touches the user's store.
func demoLaunch(o *options, c demoConfig) launch.Options {
	lo := launch.Options{Persona: o.persona, Now: o.now, Fixtures: o.fixtures, Variants: o.variants, Still: true}
	if c.script.Setup.Persona != "" && !c.personaGiven {
		lo.Persona = c.script.Setup.Persona
	}
	if len(o.variants) == 0 {
		lo.Variants = c.script.Setup.Variants
	}
	return lo
}

// appOpener opens a fresh copy of the throwaway store for each start or
// rewind of the tour, with the app's options around it. Session ids
// count up, so the observer panel shows the same ids on every run.
func appOpener(tw *launch.Throwaway, ticker func(time.Duration, func(time.Time) tea.Msg) tea.Cmd, waiter func(<-chan struct{}, func() tea.Msg) tea.Cmd) func() (ui.Options, func() error, error) {
	return func() (ui.Options, func() error, error) {
		s, err := tw.Open()
		if err != nil {
			return ui.Options{}, nil, err
		}
		sessions := 0
		opts := ui.Options{
			Store: s.DB, Persona: s.Persona.ID, PersonaName: s.Persona.Name,
			Clock: s.Clock, Travel: s.Travel, Settings: s.Settings,
			Experiments: s.Experiments, Forced: s.Forced,
			Ticker: ticker, Waiter: waiter,
			NewSession: func() string { sessions++; return "tour-" + strconv.Itoa(sessions) },
		}
		return opts, s.DB.Close, nil
	}
}

// runHeadless plays the tour to its end with no terminal, in virtual
// time, writing each frame to the recording.
func runHeadless(o *options, c demoConfig, tw *launch.Throwaway, stdout io.Writer) error {
	rt := headless.New(c.width, c.height)
	var rec *recording
	var err error
	if c.record != "" {
		if rec, err = newRecording(c.record, c.width, c.height); err != nil {
			return err
		}
	}
	m := tour.New(tour.Options{
		Script: c.script, Pace: c.pace, Speed: c.speed,
		Open:     appOpener(tw, rt.Ticker, rt.Waiter),
		Ticker:   rt.Ticker,
		Headless: true,
		OnStep:   rec.headlessMarker(),
	})
	_, runErr := rt.Run(m, rec.frame)
	closeErr := m.Close()
	if err := rec.close(); err != nil {
		return err
	}
	if runErr != nil {
		return runErr
	}
	if err := m.Err(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "lifesim demo: the tour ran to the end, %d steps, every expect held\n", len(c.script.Steps))
	if c.record != "" {
		fmt.Fprintf(stdout, "recorded %s · play it with: asciinema play %s\n", c.record, c.record)
	}
	return closeErr
}

// runPresented plays the tour in the terminal for a presenter.
func runPresented(ctx context.Context, c demoConfig, tw *launch.Throwaway) error {
	var out io.Writer = os.Stdout
	var rec *recording
	start := time.Now()
	since := func() time.Duration { return time.Since(start) }
	if c.record != "" {
		w, h, err := term.GetSize(os.Stdout.Fd())
		if err != nil {
			return err
		}
		if rec, err = newRecording(c.record, w, h); err != nil {
			return err
		}
		out = teeTerminal{File: os.Stdout, rec: rec.w.Live(start)}
	}
	m := tour.New(tour.Options{
		Script: c.script, Pace: c.pace, Speed: c.speed,
		Open:     appOpener(tw, nil, nil),
		OnStep:   rec.marker(since),
		OnResize: rec.resize(since),
	})
	p := tea.NewProgram(m, tea.WithContext(ctx), tea.WithoutSignalHandler(), tea.WithOutput(out))
	stopSignals := cli.QuitOnSignals(p)
	_, runErr := p.Run()
	stopSignals()
	closeErr := m.Close()
	if err := rec.close(); err != nil {
		return err
	}
	if runErr != nil {
		return runErr
	}
	return closeErr
}

// teeTerminal is the terminal with a recording listening: Bubble Tea
// still sees a terminal (the file's Fd: raw mode, size, resizes), and
// everything written to it is recorded too.
type teeTerminal struct {
	*os.File
	rec io.Writer
}

func (t teeTerminal) Write(p []byte) (int, error) {
	n, err := t.File.Write(p)
	_, _ = t.rec.Write(p[:n]) // a recording that fails is reported at close
	return n, err
}

// recording is an asciicast file being written; a nil *recording
// records nothing. A frame or marker that cannot be written is kept as
// err and returned at close: the tour goes on, the file is not trusted.
type recording struct {
	f   *os.File
	w   *asciicast.Writer
	err error
	// width, height: the size the recording plays at now
	width, height int
	// pending is a headless step's marker, written after the next frame:
	// the tour says a step has settled before the runtime draws it.
	pending string
}

func newRecording(path string, w, h int) (*recording, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	cw, err := asciicast.NewWriter(f, asciicast.Header{Version: 2, Width: w, Height: h, Timestamp: time.Now().Unix(), Title: "lifesim demo"})
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	return &recording{f: f, w: cw, width: w, height: h}, nil
}

// frame writes a headless frame, its colours as a 256-colour terminal
// shows them (the same on every run, and on every player).
func (r *recording) frame(at time.Duration, content string) {
	if r == nil || r.err != nil {
		return
	}
	var b strings.Builder
	cw := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ANSI256}
	if _, r.err = cw.WriteString(content); r.err == nil {
		r.err = r.w.Output(at, asciicast.Screen(b.String()))
	}
	if r.pending != "" && r.err == nil {
		r.err = r.w.Marker(at, r.pending)
	}
	r.pending = ""
}

// marker is the tour's OnStep in a terminal: a chapter marker in the
// recording at now, after what the terminal has been sent.
func (r *recording) marker(now func() time.Duration) func(int, string) {
	if r == nil {
		return nil
	}
	return func(n int, caption string) {
		if r.err == nil {
			r.err = r.w.Marker(now(), markerLabel(n, caption))
		}
	}
}

// resize is the tour's OnResize in a terminal: a resize event, so the
// recording plays at the size the presenter had.
func (r *recording) resize(now func() time.Duration) func(int, int) {
	if r == nil {
		return nil
	}
	return func(w, h int) {
		if r.err == nil && (w != r.width || h != r.height) {
			r.width, r.height = w, h
			r.err = r.w.Resize(now(), w, h)
		}
	}
}

// headlessMarker is the tour's OnStep headless: the marker waits for the
// frame that shows the settled step.
func (r *recording) headlessMarker() func(int, string) {
	if r == nil {
		return nil
	}
	return func(n int, caption string) { r.pending = markerLabel(n, caption) }
}

// markerLabel names step n's chapter: its number and caption.
func markerLabel(n int, caption string) string { return strconv.Itoa(n) + ". " + caption }

func (r *recording) close() error {
	if r == nil {
		return nil
	}
	return errors.Join(r.err, r.f.Close())
}
