package main

import (
	"github.com/spf13/cobra"

	"lifesim/cli"
	"lifesim/launch"
	"lifesim/model"
	"lifesim/report"
)

func newEventsCmd(o *options) *cobra.Command {
	var format, since string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Export the event log (every action, with time, persona, session and variants)",
		Long: `Export the append-only event log, oldest first. The schema is in the
README ("Event log"). JSONL (the default; json is another name for it) is one
JSON object per line; CSV has a header row and one column per experiment.

--persona filters to one persona only when given, and may name any id in the
log; --since keeps events at or after a simulated time (RFC3339, or a date
such as 2026-01-08, midnight local time).`,
		Example: `  lifesim events --format csv > events.csv
  lifesim events --format jsonl --persona newuser --since 2026-01-08`,
		Args:        cobra.NoArgs,
		Annotations: map[string]string{anyPersona: "filter"},
		RunE: func(cmd *cobra.Command, _ []string) error {
			// every flag is checked before the store is opened
			if err := cli.JSONFormat(cmd, asJSON, &format, "jsonl"); err != nil {
				return err
			}
			if err := cli.CheckFormat(format, report.EventFormats...); err != nil {
				return err
			}
			from, err := cli.ParseSince(since)
			if err != nil {
				return err
			}
			// --persona filters the log by the id recorded in it; that
			// persona need not exist in the world any more (sim personas).
			lo := o.launch()
			var persona model.PersonaID
			if cmd.Flags().Changed("persona") {
				persona, lo.Persona = model.PersonaID(o.persona), string(model.DefaultPersona)
			}
			keep := func(e model.Event) bool {
				return (persona == "" || e.Persona == persona) && (from.IsZero() || !e.At.Before(from))
			}
			return exportEvents(cmd, lo, format, keep)
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl, json (the same) or csv")
	cmd.Flags().BoolVar(&asJSON, "json", false, "JSON: the same as --format jsonl")
	cmd.Flags().StringVar(&since, "since", "", "only events at or after this simulated time (RFC3339, or YYYY-MM-DD for local midnight)")
	return cmd
}

// exportEvents writes the events keep accepts to stdout in format.
func exportEvents(cmd *cobra.Command, lo launch.Options, format string, keep func(model.Event) bool) error {
	s, err := launch.OpenForReading(lo)
	if err != nil {
		return err
	}
	defer s.DB.Close()
	exps, err := s.DB.Experiments()
	if err != nil {
		return err
	}
	w, err := report.NewEventWriter(cmd.OutOrStdout(), format, exps)
	if err != nil {
		return err
	}
	err = report.EachEvent(s.DB, 0, func(e model.Event) error {
		if !keep(e) {
			return nil
		}
		return w.Write(e)
	})
	if err != nil {
		return err
	}
	return w.Flush()
}
