package main

import (
	"github.com/spf13/cobra"

	"lifesim/launch"
	"lifesim/report"
)

func newStateCmd(o *options) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "state",
		Short: "Print the persona's state: favourites, recents, follows, likes, collected posts, comments, forwards, orders, coupons, groups, own posts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := launch.OpenForReading(o.launch())
			if err != nil {
				return err
			}
			defer s.DB.Close()
			st, err := s.DB.State(s.Persona.ID)
			if err != nil {
				return err
			}
			if asJSON {
				return report.WriteStateJSON(cmd.OutOrStdout(), st)
			}
			return report.WriteState(cmd.OutOrStdout(), s.DB, s.Persona, st)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
