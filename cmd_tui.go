package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"lifesim/model"
	"lifesim/cli"
	"lifesim/launch"
	"lifesim/ui"
	"lifesim/ui/screen"
)

// errNoTerminal is returned when the app is started without a terminal.
var errNoTerminal = errors.New("the app needs a terminal (stdin and stdout must be a TTY); subcommands such as `lifesim state` work without one")

// runTUI opens the store and runs the app until the user quits.
func runTUI(ctx context.Context, o options) error {
	if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
		return errNoTerminal
	}
	return runApp(ctx, o, nil)
}

// runApp is the app's real loop on the opened store. extra, when set, adds
// program options for that session; the durability test uses it to run
// this same loop without a terminal and to watch what the screen
// acknowledges.
func runApp(ctx context.Context, o options, extra func(*launch.Session) []tea.ProgramOption) error {
	s, err := launch.Open(o.launch())
	if err != nil {
		return err
	}
	defer s.DB.Close()
	env := screen.Env{
		Store:    s.DB,
		Clock:    s.Clock,
		Persona:  s.Persona.ID,
		Session:  newSessionID(),
		Settings: s.Settings,
	}
	env.Variants = model.Assign(s.World.Experiments, s.Persona.ID, s.Forced)
	app := ui.New(env, ui.Options{
		PersonaName: s.Persona.Name, Screens: ui.DefaultScreens(),
		Experiments: s.World.Experiments, Forced: s.Forced, NewSession: newSessionID,
		Observer: o.observer,
	})
	// cli.QuitOnSignals replaces Bubble Tea's own handler, which would stop
	// without app_stop on SIGTERM and ignores SIGHUP.
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithoutSignalHandler()}
	if extra != nil {
		opts = append(opts, extra(s)...)
	}
	p := tea.NewProgram(app, opts...)
	defer cli.QuitOnSignals(p)()
	if _, err = p.Run(); err != nil {
		return err
	}
	// Damage found while the app ran stopped its writes; the screen said
	// so, and the shell hears it too once the terminal is back.
	return s.DB.Damaged()
}

// newSessionID names one run of the app in the event log.
func newSessionID() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
