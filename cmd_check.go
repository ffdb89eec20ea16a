package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"lifesim/launch"
	"lifesim/report"
	"lifesim/store"
)

func newCheckCmd(o *options) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Check the store for damage, like SQLite's PRAGMA integrity_check; exit 0 only if it is healthy",
		Long: `check reads the store and reports, one line per step, whether it is healthy:
  file     the header pages, the page size and the file's length
  pages    every page in use (reachable once, of a known type, in order, not also free)
  records  every record decodes
  state    every persona's state agrees with its event log
  indexes  every search and feed index entry points at a record that exists
Each step runs only if the one before passed. check never changes an existing
file (a missing one is created and seeded first, as by every read command); it
exits 0 when the store is healthy and 1 when it found a problem.`,
		Example: `  lifesim check
  lifesim check --db /tmp/demo.db --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runCheck(cmd, *o, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}

// runCheck checks the store o names and prints the report; an unhealthy
// store is an error (exit 1) after the report.
func runCheck(cmd *cobra.Command, o options, asJSON bool) error {
	if err := launch.RequireStore(o.db); err != nil {
		return err
	}
	if err := createIfMissing(o); err != nil {
		return err
	}
	r, err := store.Check(o.db, 0)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if asJSON {
		err = report.WriteCheckJSON(out, r)
	} else {
		err = report.WriteCheck(out, r)
	}
	if err != nil || r.Healthy() {
		return err
	}
	return damaged(o.db, r)
}

// createIfMissing creates and seeds a missing (or empty) store first, as
// every read command does. An existing one is never written, not even
// upgraded: check must be able to look at a damaged file.
func createIfMissing(o options) error {
	info, err := os.Stat(o.db)
	if !errors.Is(err, fs.ErrNotExist) && (err != nil || info.Size() > 0) {
		return nil
	}
	s, err := launch.OpenForReading(o.launch())
	if err != nil {
		return err
	}
	return s.DB.Close()
}

// damaged is the error after the report of an unhealthy store: how many
// problems, and the way out.
func damaged(db string, r *store.CheckReport) error {
	n := len(r.Problems)
	what := "is damaged"
	if r.Problems[0].Area == "file" {
		what = "is damaged or not a lifesim store"
	}
	problems := "problems"
	if n == 1 {
		problems = "problem"
	}
	return fmt.Errorf("store %s %s: %d %s found (listed above); `lifesim reset --all --db %s` moves it aside and starts afresh",
		db, what, n, problems, db)
}
