package main

import (
	"github.com/spf13/cobra"

	"lifesim/cli"
	"lifesim/report"
)

func newFunnelCmd(o *options) *cobra.Command { return funnelCmd(o, localStore()) }

// funnelCmd is `funnel` on the store src opens: the local file, or a
// room's (cmd_room.go), with the same output.
func funnelCmd(o *options, src source) *cobra.Command {
	var by, format string
	var days int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "funnel",
		Short: "Print the chain funnel and mini-program retention from the event log",
		Long: `Print the chain funnel over every session in the event log: search → open a
mini program from search → collect it → revisit it from the Home grid or My
Mini Programs in a later session, with conversion per step and overall, the
median time between steps, and mini-program retention (collected mini
programs revisited within --days simulated days).

--by variant adds one row per experiment arm: a session counts in the arms
on its first event, a collect in the arms on its own event.`,
		Example: `  lifesim funnel
  lifesim funnel --by variant
  lifesim funnel --by variant --format csv > funnel.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// every flag is checked before the store is opened
			if by != "" && by != "variant" {
				return cli.Usagef("--by %q: the only breakdown is \"variant\"", by)
			}
			if err := checkFunnelFlags(cmd, asJSON, &format, days); err != nil {
				return err
			}
			s, err := src.open(o.launch())
			if err != nil {
				return err
			}
			defer src.close(s)
			// from the funnel the store keeps with the log: the log is
			// not read
			groups, err := s.DB.FunnelGroups(days)
			if err != nil {
				return err
			}
			if by == "" {
				groups = groups[:1]
			}
			return report.WriteFunnel(cmd.OutOrStdout(), format, groups, days)
		},
	}
	cmd.Flags().StringVar(&by, "by", "", `break the funnel down: "variant"`)
	cmd.Flags().StringVar(&format, "format", "table", "table, json or csv")
	cmd.Flags().IntVar(&days, "days", 7, "retention window in simulated days (0 to 3650)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "same as --format json")
	return cmd
}

// checkFunnelFlags checks the flags funnel and sim share, with one rule
// for both: --json (an alias of --format json), --format and --days.
func checkFunnelFlags(cmd *cobra.Command, asJSON bool, format *string, days int) error {
	if err := cli.JSONFormat(cmd, asJSON, format, "json"); err != nil {
		return err
	}
	if err := cli.CheckFormat(*format, report.FunnelFormats...); err != nil {
		return err
	}
	return cli.CheckDays(days)
}
