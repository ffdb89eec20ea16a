package main

import (
	"errors"
	"fmt"
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

func newSimCmd(o *options) *cobra.Command {
	var personas, sessions, days int
	var seed uint64
	var format string
	var asJSON bool
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
			if personas < 1 || personas > 100000 {
				return cli.Usagef("--personas %d: must be between 1 and 100000", personas)
			}
			if sessions < 1 || sessions > 30 {
				return cli.Usagef("--sessions %d: must be between 1 and 30", sessions)
			}
			if err := checkFunnelFlags(cmd, asJSON, &format, days); err != nil {
				return err
			}
			w, hash, err := launch.LoadWorld(o.fixtures)
			if err != nil {
				return err
			}
			forced, err := cli.ParseVariants(o.variants, w.Experiments)
			if err != nil {
				return err
			}
			// Ctrl-C, kill and a closed terminal stop the simulation, so
			// that the deferred cleanup removes the temporary store.
			ctx, stop := signal.NotifyContext(cmd.Context(), cli.StopSignals...)
			defer stop()
			path, cleanup, err := simStorePath(cmd.Flags().Changed("db"), o.db)
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
			// A store given with --db keeps what was written before a
			// signal, so the run waits for the transaction in flight; a
			// temporary one is removed at once, open or not (unlinking
			// an open file is fine), and never closed.
			interrupt, kept := closeDB, cmd.Flags().Changed("db")
			if !kept {
				interrupt = nil
			}
			db.SetNoSync(true)
			var res sim.Result
			a := model.NewAnalysis()
			err = cli.UntilSignalled(ctx, interrupt, func() error {
				w.Personas = append(w.Personas, sim.Personas(w, personas, seed)...)
				if _, err := db.Seed(w, fmt.Sprintf("sim:%s:%d:%d", hash, personas, seed)); err != nil {
					return err
				}
				res, err = sim.Run(db, w, sim.Config{Personas: personas, Seed: seed, Sessions: sessions,
					Experiments: w.Experiments, Forced: forced})
				if err != nil {
					return err
				}
				return report.EachEvent(db, 0, func(e model.Event) error { a.Add(e); return nil })
			})
			if errors.As(err, new(cli.StoppedError)) {
				if kept {
					return fmt.Errorf("sim %w; %s keeps what it wrote so far", err, path)
				}
				return fmt.Errorf("sim %w; its temporary store was removed", err)
			}
			if cerr := closeDB(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fate := "removed afterwards; pass --db to keep it"
			if kept {
				fate = "kept: lifesim funnel --db " + path + " --by variant"
			}
			if format == "table" {
				fmt.Fprintf(out, "lifesim sim: %d synthetic personas, %d sessions, seed %d → %d events in %s\nstore %s (%s)\n\n",
					res.Personas, res.Sessions, seed, a.Last(), time.Since(began).Round(time.Millisecond), path, fate)
			}
			return report.WriteFunnel(out, format, a.Groups(days), days)
		},
	}
	f := cmd.Flags()
	f.IntVar(&personas, "personas", 100, "how many synthetic personas to simulate (1 to 100000)")
	f.Uint64Var(&seed, "seed", 1, "random seed: the same seed gives the same events")
	f.IntVar(&sessions, "sessions", 3, "sessions per persona (1 to 30), one to three simulated days apart")
	f.IntVar(&days, "days", 7, "retention window in simulated days (0 to 3650)")
	f.StringVar(&format, "format", "table", "table, json or csv")
	f.BoolVar(&asJSON, "json", false, "JSON: the same as --format json")
	return cmd
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
