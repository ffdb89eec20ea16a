package main

import (
	"context"
	"errors"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"lifesim/cli"
	"lifesim/launch"
	"lifesim/model"
	"lifesim/report"
	"lifesim/ui"
)

// errNoTerminal is returned when the app is started without a terminal.
var errNoTerminal = errors.New("the app needs a terminal (stdin and stdout must be a TTY); subcommands such as `lifesim state` work without one")

// runTUI opens the store and runs the app until the user quits. With
// --merchant the account is checked first (it needs the store), so a
// wrong one is a usage error (exit 2) even without a terminal.
func runTUI(ctx context.Context, o options) error {
	if o.merchant == "" && !isTerminal() {
		return errNoTerminal
	}
	return runApp(ctx, o, nil)
}

func isTerminal() bool { return term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd()) }

// runApp is the app's real loop on the opened store. extra, when set, adds
// program options for that session; the durability test uses it to run
// this same loop without a terminal and to watch what the screen
// acknowledges. Without extra it needs a terminal.
func runApp(ctx context.Context, o options, extra func(*launch.Session) []tea.ProgramOption) error {
	s, err := launch.Open(o.launch())
	if err != nil {
		return err
	}
	defer s.DB.Close()
	operator, err := merchantToOperate(s, o.merchant)
	if err != nil {
		return err
	}
	if extra == nil && !isTerminal() {
		return errNoTerminal
	}
	app := ui.New(ui.Options{
		Store: s.DB, Persona: s.Persona.ID, PersonaName: s.Persona.Name,
		Clock: s.Clock, Settings: s.Settings,
		Experiments: s.Experiments, Forced: s.Forced,
		Observer: o.observer, Travel: s.Travel, NoMouse: o.noMouse,
		Merchant: operator.ID, MerchantName: operator.Name,
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

// merchantToOperate is --merchant's life account, checked: one that does
// not exist, or has no merchant behind it, is a usage error naming it
// (as lifesim merchant says it). No --merchant is the zero account.
func merchantToOperate(s *launch.Session, account string) (model.LifeAccount, error) {
	if account == "" {
		return model.LifeAccount{}, nil
	}
	if _, err := report.NewMerchantView(s.DB, model.AccountID(account)); err != nil {
		return model.LifeAccount{}, merchantError(account, err)
	}
	return s.DB.Account(model.AccountID(account))
}
