package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"lifesim/launch"
	"lifesim/store"
)

func newResetCmd(o *options) *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "reset",
		Short: "Seed the world again; with --all, start over with a fresh store",
		Long: `reset writes the world into the store again, keeping every persona's state,
and the participants lifesim serve made for SSH user names with theirs.
With --all the old store file is moved aside (to <file>.bak-<time>) and a new one
is created and seeded: the way out of a corrupt or foreign store. Participants
go with the old file; each is made again, empty, on its next connection.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := launch.RequireStore(o.db); err != nil {
				return err
			}
			w, hash, err := launch.LoadWorld(o.fixtures)
			if err != nil {
				return err
			}
			if all {
				if err := moveAside(cmd, o.db); err != nil {
					return err
				}
			}
			db, err := store.Open(o.db, store.Options{})
			if err != nil {
				return err
			}
			defer db.Close()
			if _, err := launch.Seed(cmd.Context(), db, w, hash, true); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "seeded %s: %d mini programs, %d life accounts, %d posts\n",
				o.db, len(w.MiniPrograms), len(w.Accounts), len(w.Posts))
			return nil
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "also drop every persona's state (the old file is kept aside)")
	return cmd
}

// moveAside renames the store file so nothing is ever deleted by lifesim;
// a store that a running lifesim holds is left alone (store.MoveAside).
func moveAside(cmd *cobra.Command, path string) error {
	bak, err := store.MoveAside(path, time.Now(), 0)
	if err != nil {
		return err
	}
	if bak != "" {
		fmt.Fprintf(cmd.OutOrStdout(), "moved old store to %s\n", bak)
	}
	return nil
}
