package main

import (
	"github.com/spf13/cobra"

	"lifesim/cli"
	"lifesim/launch"
)

// options are the flags every subcommand shares.
type options struct {
	db       string // store path
	persona  string
	now      string   // RFC3339 start of the simulated clock
	fixtures string   // directory holding a world instead of the embedded one
	variants []string // --variant key=value: forced experiment arms
	observer bool     // the TUI starts with the observer panel shown
	merchant string   // --merchant: the TUI opens this life account's merchant console
	noMouse  bool     // --no-mouse: the TUI leaves the mouse to the terminal
}

// launch is what the command opens with.
func (o options) launch() launch.Options {
	return launch.Options{DB: o.db, Persona: o.persona, Now: o.now, Fixtures: o.fixtures, Variants: o.variants}
}

func newRootCmd() *cobra.Command {
	var o options
	root := &cobra.Command{
		Use:   "lifesim",
		Short: "A terminal simulator of the Alipay Life experience",
		Long: `lifesim draws a phone in your terminal and lets you walk Alipay's
search → collect → revisit chain: search a brand, open its mini program and
life account, collect and follow, read its posts in the Life feed, order through
the mini program, and come back through Home's "My Mini Programs" grid.
Everything you do is saved in one bbolt file.`,
		Example: `  lifesim                      # run the app (seeds the store on first run)
  lifesim --persona returning  # as the returning user
  lifesim state --json         # what the persona has done, for scripts
  lifesim reset                # re-seed the world, keep user state`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return checkCommonFlags(cmd, &o)
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), o)
		},
	}
	f := root.PersistentFlags()
	f.StringVar(&o.db, "db", launch.DefaultDBPath(), "store file (env LIFESIM_DB)")
	f.StringVar(&o.persona, "persona", "newuser", "persona to act as (list them with: lifesim personas); for events, a filter that may name any id in the log")
	f.StringVar(&o.now, "now", "", "start the app's simulated clock at this RFC3339 time, 2000 to 2100 UTC (default: one second after the last recorded event, or the world's epoch if that is later)")
	f.StringVar(&o.fixtures, "fixtures", "", "load the world from this directory instead of the built-in one")
	f.StringArrayVar(&o.variants, "variant", nil, "force an experiment arm in the app and sim, e.g. collect_guidance=off (repeatable; the arms are in the world's experiments.json)")
	root.Flags().BoolVar(&o.observer, "observer", true, "show the observer panel beside the phone in a terminal 110+ columns wide (F2 toggles)")
	root.Flags().BoolVar(&o.noMouse, "no-mouse", false, "leave the mouse to the terminal, for its own text selection (otherwise a click does what enter does, the wheel scrolls)")
	root.Flags().StringVar(&o.merchant, "merchant", "", "open the merchant console of this life account in place of the phone (list them with: lifesim merchant)")
	root.AddCommand(newStateCmd(&o), newResetCmd(&o), newPersonasCmd(&o))
	root.AddCommand(newEventsCmd(&o), newFunnelCmd(&o), newSimCmd(&o))
	root.AddCommand(newCheckCmd(&o), newSearchCmd(&o))
	root.AddCommand(newGenCmd(&o), newServeCmd(&o), newDemoCmd(&o))
	root.AddCommand(newMerchantCmd(&o))
	return root
}

// checkCommonFlags checks the flags every command shares before any
// command opens or creates anything, so that a mistyped command line exits
// 2 with the store as it was. It runs as the root's PersistentPreRunE, so
// for every subcommand.
func checkCommonFlags(cmd *cobra.Command, o *options) error {
	if cmd.Flags().Changed("db") && o.db == "" {
		return cli.ErrEmptyDB
	}
	if o.now != "" {
		if _, err := cli.ParseNow(o.now); err != nil {
			return err
		}
	}
	// Experiments and personas come from the world: only their two files
	// are read, not the whole world, which may be big.
	if len(o.variants) > 0 {
		exps, err := launch.Experiments(o.fixtures)
		if err != nil {
			return err
		}
		if _, err := cli.ParseVariants(o.variants, exps); err != nil {
			return err
		}
	}
	// A persona of the world, or a participant a room made in the store.
	if cmd.Flags().Changed("persona") && cmd.Annotations[anyPersona] == "" {
		return launch.KnownPersona(o.launch())
	}
	return nil
}

// anyPersona annotates a command whose --persona is not one to act as but
// any id to look for (events filters the log by it).
const anyPersona = "any-persona"
