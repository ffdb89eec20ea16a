package main

import (
	"github.com/spf13/cobra"

	"lifesim/launch"
	"lifesim/report"
)

func newPersonasCmd(o *options) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "personas",
		Short: "List the personas you can act as with --persona",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w, _, err := launch.LoadWorld(o.fixtures)
			if err != nil {
				return err
			}
			if asJSON {
				return report.WritePersonasJSON(cmd.OutOrStdout(), w.Personas)
			}
			return report.WritePersonas(cmd.OutOrStdout(), w.Personas)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
