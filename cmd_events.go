package main

import (
	"context"
	"errors"

	"github.com/spf13/cobra"
	berrors "go.etcd.io/bbolt/errors"

	"lifesim/cli"
	"lifesim/launch"
	"lifesim/model"
	"lifesim/report"
	"lifesim/store"
)

func newEventsCmd(o *options) *cobra.Command { return eventsCmd(o, localStore()) }

// eventsCmd is `events` on the store src opens: the local file, or a
// room's (cmd_room.go), with the same output.
func eventsCmd(o *options, src source) *cobra.Command {
	var format, since string
	var asJSON, follow bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Export the event log (every action, with time, persona, session and variants)",
		Long: `Export the append-only event log, oldest first. The schema is in the
README ("Event log"). JSONL (the default; json is another name for it) is one
JSON object per line; CSV has a header row and one column per experiment.

--persona filters to one persona only when given, and may name any id in the
log; --since keeps events at or after a simulated time (RFC3339, or a date
such as 2026-01-08, midnight local time).

--follow, over SSH on a room that lifesim serve is serving, goes on writing
each event as it lands until the connection closes.`,
		Example: `  lifesim events --format csv > events.csv
  lifesim events --format jsonl --persona newuser --since 2026-01-08
  ssh -p 2323 HOST events --follow`,
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
			if follow && !src.room {
				return errNoFollow
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
			return exportEvents(cmd, src, lo, format, keep, follow)
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "one of jsonl, json (the same) or csv")
	cmd.Flags().BoolVar(&asJSON, "json", false, "same as --format jsonl")
	cmd.Flags().StringVar(&since, "since", "", "only events at or after this simulated time (RFC3339, or YYYY-MM-DD for local midnight)")
	cmd.Flags().BoolVar(&follow, "follow", false, "over SSH on a room (lifesim serve): keep writing events as they land, until the connection closes")
	return cmd
}

// errNoFollow: a local store is read once. While a room runs, its store
// is locked by the server, so only the room's own events command, over
// SSH, can follow it.
var errNoFollow = cli.Usagef("--follow follows a room's live log: run it over SSH while lifesim serve runs, as in ssh -p 2323 HOST events --follow (see lifesim events --help)")

// exportEvents writes the events keep accepts to stdout in format, then,
// when following, each one that lands until the command's context ends
// (the SSH session closes) or the store closes (the room closes).
func exportEvents(cmd *cobra.Command, src source, lo launch.Options, format string, keep func(model.Event) bool, follow bool) error {
	s, err := src.open(lo)
	if err != nil {
		return err
	}
	defer src.close(s)
	exps, err := s.DB.Experiments()
	if err != nil {
		return err
	}
	w, err := report.NewEventWriter(cmd.OutOrStdout(), format, exps)
	if err != nil {
		return err
	}
	last, err := writeEvents(s.DB, 0, w, keep)
	if err != nil {
		return err
	}
	if err := w.Flush(); err != nil || !follow {
		return err
	}
	return followEvents(cmd.Context(), s.DB, last, w, keep)
}

// writeEvents writes the events after after that keep accepts and
// returns the Seq of the last event read, kept or not.
func writeEvents(log store.EventLog, after uint64, w report.EventWriter, keep func(model.Event) bool) (uint64, error) {
	err := report.EachEvent(log, after, func(e model.Event) error {
		after = e.Seq
		if !keep(e) {
			return nil
		}
		return w.Write(e)
	})
	return after, err
}

// liveLog is a log that tells when it grows.
type liveLog interface {
	store.EventLog
	store.Appends
}

// followEvents waits for the log to grow past last and writes what keep
// accepts of each batch that lands, flushed at once, until ctx ends or
// the store closes: both end the follow without an error.
func followEvents(ctx context.Context, log liveLog, last uint64, w report.EventWriter, keep func(model.Event) bool) error {
	for ctx.Err() == nil {
		select {
		case <-ctx.Done():
			return nil
		case <-log.Appended(last):
		}
		var err error
		last, err = writeEvents(log, last, w, keep)
		if errors.Is(err, berrors.ErrDatabaseNotOpen) {
			return w.Flush()
		}
		if err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return nil
}
