package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"lifesim/model"
)

func newPersonasCmd(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "personas",
		Short: "List the personas you can act as with --persona",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w, _, err := loadWorld(*o)
			if err != nil {
				return err
			}
			for _, p := range w.Personas {
				fmt.Fprintf(cmd.OutOrStdout(), "%-12s %s — %s\n", p.ID, model.CleanLine(p.Name), model.CleanLine(p.Description))
			}
			return nil
		},
	}
}
