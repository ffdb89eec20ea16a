package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"lifesim/launch"
	"lifesim/model"
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
				return personasJSON(cmd, w.Personas)
			}
			for _, p := range w.Personas {
				fmt.Fprintf(cmd.OutOrStdout(), "%-12s %s — %s\n", p.ID, model.CleanLine(p.Name), model.CleanLine(p.Description))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// jsonPersona is one persona in `personas --json`, an output format of
// its own so that it does not change with the fixture or store format.
type jsonPersona struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

func personasJSON(cmd *cobra.Command, ps []model.Persona) error {
	out := make([]jsonPersona, len(ps))
	for i, p := range ps {
		out[i] = jsonPersona{ID: string(p.ID), Name: p.Name, Description: p.Description}
	}
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
