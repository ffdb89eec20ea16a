package main

import (
	"github.com/spf13/cobra"

	"lifesim/report"
)

func newStateCmd(o *options) *cobra.Command { return stateCmd(o, localStore()) }

// stateCmd is `state` on the store src opens: the local file, or a
// room's (cmd_room.go), with the same output.
func stateCmd(o *options, src source) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "state",
		Short: "Print the persona's state: favourites, recents, follows, likes, collected posts, comments, forwards, orders, coupons, groups, own posts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := src.open(o.launch())
			if err != nil {
				return err
			}
			defer src.close(s)
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
