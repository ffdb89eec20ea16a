package main

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"lifesim/model"
	"lifesim/store"
)

func newEventsCmd(o *options) *cobra.Command {
	var format, since string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Export the event log (every action, with time, persona, session and variants)",
		Long: `Export the append-only event log, oldest first. The schema is in the
README ("Event log"). CSV has a header row and one column per experiment;
JSONL is one JSON object per line.

--persona filters to one persona only when given; --since keeps events at or
after a simulated time (RFC3339, or a date such as 2026-01-08).`,
		Example: `  lifesim events --format csv > events.csv
  lifesim events --format jsonl --persona newuser --since 2026-01-08`,
		Args:        cobra.NoArgs,
		Annotations: map[string]string{anyPersona: "filter"},
		RunE: func(cmd *cobra.Command, _ []string) error {
			// every flag is checked before the store is opened
			if err := jsonFormat(cmd, asJSON, &format, "jsonl"); err != nil {
				return err
			}
			if err := checkFormat(format, "jsonl", "json", "csv"); err != nil {
				return err
			}
			from, err := parseSince(since)
			if err != nil {
				return err
			}
			// --persona filters the log by the id recorded in it; that
			// persona need not exist in the world any more (sim personas).
			so := *o
			var persona model.PersonaID
			if cmd.Flags().Changed("persona") {
				persona, so.persona = model.PersonaID(o.persona), string(model.DefaultPersona)
			}
			s, err := openReadSession(so)
			if err != nil {
				return err
			}
			defer s.db.Close()
			exps, err := s.db.Experiments()
			if err != nil {
				return err
			}
			w, err := eventFormat(cmd.OutOrStdout(), format, exps)
			if err != nil {
				return err
			}
			err = eachEvent(s.db, func(e model.Event) error {
				if (persona != "" && e.Persona != persona) || (!from.IsZero() && e.At.Before(from)) {
					return nil
				}
				return w.Write(e)
			})
			if err != nil {
				return err
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl or csv")
	cmd.Flags().BoolVar(&asJSON, "json", false, "JSON: the same as --format jsonl")
	cmd.Flags().StringVar(&since, "since", "", "only events at or after this simulated time (RFC3339 or YYYY-MM-DD)")
	return cmd
}

func eventFormat(w io.Writer, format string, exps []model.Experiment) (eventWriter, error) {
	switch format {
	case "jsonl", "json":
		return newJSONLEvents(w), nil
	case "csv":
		keys := make([]string, len(exps))
		for i, e := range exps {
			keys[i] = e.Key
		}
		slices.Sort(keys)
		return newCSVEvents(w, keys)
	}
	return nil, fmt.Errorf("--format %q: want jsonl or csv", format)
}

// parseSince reads --since: RFC3339, or a date (midnight in the local
// zone); empty is no bound.
func parseSince(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, time.Local); err == nil {
		return t, nil
	}
	return time.Time{}, usageError{fmt.Errorf("--since %q: want an RFC3339 time (2026-01-08T09:30:00+08:00) or a date (2026-01-08)", s)}
}

// eachEvent calls fn for every event, oldest first, reading the log a page
// at a time so memory stays flat however long the log is.
func eachEvent(db store.EventLog, fn func(model.Event) error) error {
	var after uint64
	const page = 1000
	for {
		evs, err := db.Events(after, page)
		if err != nil {
			return err
		}
		for _, e := range evs {
			if err := fn(e); err != nil {
				return err
			}
		}
		if len(evs) < page {
			return nil
		}
		after = evs[len(evs)-1].Seq
	}
}
