package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"lifesim/cli"
	"lifesim/launch"
	"lifesim/model"
	"lifesim/report"
	"lifesim/sim"
	"lifesim/store"
)

// simFlags are sim's own flags.
type simFlags struct {
	personas, sessions, days int
	seed                     uint64
	format                   string
	asJSON                   bool
}

func newSimCmd(o *options) *cobra.Command {
	var sf simFlags
	cmd := &cobra.Command{
		Use:   "sim",
		Short: "Drive synthetic personas through the real model and store and print a funnel per variant",
		Long: `Create --personas synthetic personas, give each its experiment arms (the
same weighted hash as real personas; --variant forces an arm for all), and
walk each through --sessions sessions days apart using the real store,
starting at the world's epoch (--now and --persona do not apply):
revisits, searches, opening and collecting mini programs (more often when
the collection guidance shows), orders, nearby coupons, the Life feed. Then
print the chain funnel per variant, as "lifesim funnel --by variant" would.

The simulation writes to its own store: a temporary file that is removed
afterwards, also when sim is interrupted, or the file given with --db (kept,
so you can run "lifesim funnel" or "lifesim events" on it; use a fresh file
per run, or runs add up). It never writes to your app's store unless you name
it with --db.`,
		Example: `  lifesim sim --personas 1000 --seed 1
  lifesim sim --personas 200 --seed 7 --db /tmp/sim.db && lifesim funnel --db /tmp/sim.db --by variant`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// every flag is checked before anything is simulated
			if err := sf.check(cmd); err != nil {
				return err
			}
			return runSim(cmd, *o, sf)
		},
	}
	f := cmd.Flags()
	f.IntVar(&sf.personas, "personas", 100, "how many synthetic personas to simulate (1 to 100000)")
	f.Uint64Var(&sf.seed, "seed", 1, "random seed: the same seed gives the same events")
	f.IntVar(&sf.sessions, "sessions", 3, "sessions per persona (1 to 30), one to three simulated days apart")
	f.IntVar(&sf.days, "days", 7, "retention window in simulated days (0 to 3650)")
	f.StringVar(&sf.format, "format", "table", "table, json or csv")
	f.BoolVar(&sf.asJSON, "json", false, "same as --format json")
	return cmd
}

// check refuses flag values sim cannot run with.
func (sf *simFlags) check(cmd *cobra.Command) error {
	if sf.personas < 1 || sf.personas > 100000 {
		return cli.Usagef("--personas %d: must be between 1 and 100000", sf.personas)
	}
	if sf.sessions < 1 || sf.sessions > 30 {
		return cli.Usagef("--sessions %d: must be between 1 and 30", sf.sessions)
	}
	return checkFunnelFlags(cmd, sf.asJSON, &sf.format, sf.days)
}

// runSim simulates on a store of its own and prints the funnel per
// variant. Ctrl-C, kill and a closed terminal stop the simulation, so that
// the deferred cleanup removes a temporary store.
func runSim(cmd *cobra.Command, o options, sf simFlags) error {
	w, hash, err := launch.LoadWorld(o.fixtures)
	if err != nil {
		return err
	}
	forced, err := cli.ParseVariants(o.variants, w.Experiments)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), cli.StopSignals...)
	defer stop()
	kept := cmd.Flags().Changed("db")
	path, cleanup, err := simStorePath(kept, o.db)
	if err != nil {
		return err
	}
	defer cleanup()
	began := time.Now()
	db, err := store.Open(path, store.Options{Now: func() time.Time { return w.Settings.Epoch }})
	if err != nil {
		return err
	}
	closeDB := sync.OnceValue(db.Close)
	// A store given with --db keeps what was written before a signal, so
	// the run waits for the transaction in flight; a temporary one is
	// removed at once, open or not (unlinking an open file is fine), and
	// never closed.
	interrupt := closeDB
	if !kept {
		interrupt = nil
	}
	db.SetNoSync(true)
	var res sim.Result
	var out simOutcome
	err = cli.UntilSignalled(ctx, interrupt, func() error {
		w.Personas = append(w.Personas, sim.Personas(w, sf.personas, sf.seed)...)
		if _, err := db.Seed(w, fmt.Sprintf("sim:%s:%d:%d", hash, sf.personas, sf.seed)); err != nil {
			return err
		}
		var err error // its own: this goroutine may outlive runSim after a signal
		res, err = sim.Run(db, w, sim.Config{Personas: sf.personas, Seed: sf.seed, Sessions: sf.sessions,
			Experiments: w.Experiments, Forced: forced})
		if err != nil {
			return err
		}
		out, err = simFunnel(db, sf.days)
		return err
	})
	if err := simEnded(err, closeDB, kept, path); err != nil {
		return err
	}
	return printSim(cmd.OutOrStdout(), sf, res, out, time.Since(began), path, kept)
}

// simOutcome is what sim prints of its log: how long it is, and the funnel
// the store kept with it.
type simOutcome struct {
	events uint64
	groups []model.FunnelGroup
}

// simFunnel reads the funnel per variant from the store, without reading
// the log.
func simFunnel(db *store.DB, days int) (simOutcome, error) {
	var out simOutcome
	last, err := db.LatestEvents(1)
	if err != nil {
		return out, err
	}
	if len(last) > 0 {
		out.events = last[0].Seq
	}
	out.groups, err = db.FunnelGroups(days)
	return out, err
}

// simEnded is the run's outcome once the simulation stopped: a signal
// says what became of the store; otherwise closing the store must work too.
func simEnded(err error, closeDB func() error, kept bool, path string) error {
	if errors.As(err, new(cli.StoppedError)) {
		if kept {
			return fmt.Errorf("sim %w; %s keeps what it wrote so far", err, path)
		}
		return fmt.Errorf("sim %w; its temporary store was removed", err)
	}
	if cerr := closeDB(); err == nil {
		err = cerr
	}
	return err
}

// printSim prints the funnel per variant, after a summary of the run in
// the table format.
func printSim(out io.Writer, sf simFlags, res sim.Result, o simOutcome, took time.Duration, path string, kept bool) error {
	if sf.format == "table" {
		fate := "removed afterwards; pass --db to keep it"
		if kept {
			fate = "kept: lifesim funnel --db " + path + " --by variant"
		}
		fmt.Fprintf(out, "lifesim sim: %d synthetic personas, %d sessions, seed %d → %d events in %s\nstore %s (%s)\n\n",
			res.Personas, res.Sessions, sf.seed, o.events, took.Round(time.Millisecond), path, fate)
	}
	return report.WriteFunnel(out, sf.format, o.groups, sf.days)
}

// simStorePath is --db when given, else a new temporary file removed by
// cleanup.
func simStorePath(given bool, db string) (path string, cleanup func(), err error) {
	if given {
		return db, func() {}, nil
	}
	dir, err := os.MkdirTemp("", "lifesim-sim-")
	if err != nil {
		return "", nil, fmt.Errorf("sim: temporary store: %w", err)
	}
	return filepath.Join(dir, "sim.db"), func() { _ = os.RemoveAll(dir) }, nil
}
