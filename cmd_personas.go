package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"lifesim/cli"
	"lifesim/launch"
	"lifesim/report"
	"lifesim/store"
)

func newPersonasCmd(o *options) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "personas",
		Short: "List the personas you can act as with --persona",
		Long: `personas lists the world's personas, then the participants the store holds:
the personas lifesim serve made for SSH user names, marked [participant]. The
store is only glanced at, read-only; none is created.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w, _, err := launch.LoadWorld(o.fixtures)
			if err != nil {
				return err
			}
			// A room in session holds the store: its participants cannot
			// be read, and the world's personas are still worth listing.
			participants, err := store.ParticipantsAt(o.db, 0)
			if errors.Is(err, store.ErrLocked) {
				cli.PrintError(cmd.ErrOrStderr(), fmt.Errorf("participants not listed: %w", err))
			} else if err != nil {
				return err
			}
			if asJSON {
				return report.WritePersonasJSON(cmd.OutOrStdout(), w.Personas, participants)
			}
			return report.WritePersonas(cmd.OutOrStdout(), w.Personas, participants)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
