package main

import (
	"github.com/spf13/cobra"

	"lifesim/launch"
	"lifesim/model"
	"lifesim/store"
)

// A room served over SSH (`lifesim serve`) answers its admins' commands,
// `ssh -p 2323 HOST funnel --by variant`, with a command tree of its own:
// events, funnel, merchant and state, built by the same constructors as the local
// commands, so their output is the same byte for byte, but run on the
// room's one store, which the server holds open and participants write
// to meanwhile. There is no --db, --fixtures, --variant or --now: the
// store, its world and its clock are the room's.

// newRoomCmd is the room's admin command tree on db, built afresh for
// each SSH session (cobra commands keep their flags' values). The server
// runs it with cli.Run after setting the session's context on it
// (SetContext): events --follow ends when that context does.
func newRoomCmd(db *store.DB) *cobra.Command {
	var o options
	root := &cobra.Command{
		Use:   "lifesim",
		Short: "The admin commands of a room served by lifesim serve",
		Long: `The admin commands of a room that lifesim serve is serving, run over SSH
from a key listed in the server's --admins file. They read the room's store
while participants use it, and print what the same commands print locally.`,
		Example: `  ssh -p 2323 HOST funnel --by variant
  ssh -p 2323 HOST events --format csv > events.csv
  ssh -p 2323 HOST events --follow
  ssh -p 2323 HOST state --persona alice --json
  ssh -p 2323 HOST merchant new-hope-dairy --json`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	root.CompletionOptions.DisableDefaultCmd = true
	root.PersistentFlags().StringVar(&o.persona, "persona", string(model.DefaultPersona),
		"persona whose state to print: a participant's SSH name or one of the world's personas; for events, a filter that may name any id in the log")
	src := roomStore(db)
	root.AddCommand(eventsCmd(&o, src), funnelCmd(&o, src), merchantCmd(&o, src), stateCmd(&o, src))
	return root
}

// source is where a reading command's store comes from: the local file,
// opened read-only for the one command, or a room's store, held open by
// the server.
type source struct {
	open func(launch.Options) (*launch.Session, error)
	// room: the store is the server's, open before the command and after
	// it (the command must not close it), and written to while the command
	// runs (events can follow it).
	room bool
}

// localStore opens the --db file read-only; the command closes it.
func localStore() source { return source{open: launch.OpenForReading} }

// roomStore is db, already open: the persona is resolved against it, so
// participants are found as well as the world's personas.
func roomStore(db *store.DB) source {
	return source{
		open: func(o launch.Options) (*launch.Session, error) { return launch.Shared(db, o) },
		room: true,
	}
}

// close ends the command's use of s's store: the local file is closed,
// the room's stays open.
func (src source) close(s *launch.Session) {
	if !src.room {
		_ = s.DB.Close()
	}
}
