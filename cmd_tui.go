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
func runApp(ctx context.Context, o options, extra func(*session) []tea.ProgramOption) error {
	s, err := openSession(o)
	if err != nil {
		return err
	}
	defer s.db.Close()
	env := screen.Env{
		Store:    s.db,
		Clock:    s.clock,
		Persona:  s.persona.ID,
		Session:  newSessionID(),
		Settings: s.settings,
	}
	env.Variants = model.Assign(s.world.Experiments, s.persona.ID, s.forced)
	app := ui.New(env, ui.Options{
		PersonaName: s.persona.Name, Screens: ui.DefaultScreens(),
		Experiments: s.world.Experiments, Forced: s.forced, NewSession: newSessionID,
		Observer: o.observer,
	})
	// quitOnSignals replaces Bubble Tea's own handler, which would stop
	// without app_stop on SIGTERM and ignores SIGHUP.
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithoutSignalHandler()}
	if extra != nil {
		opts = append(opts, extra(s)...)
	}
	p := tea.NewProgram(app, opts...)
	defer quitOnSignals(p)()
	if _, err = p.Run(); err != nil {
		return err
	}
	// Damage found while the app ran stopped its writes; the screen said
	// so, and the shell hears it too once the terminal is back.
	return s.db.Damaged()
}

// newSessionID names one run of the app in the event log.
func newSessionID() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
