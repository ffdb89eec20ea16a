package serve

import (
	"io"
	"time"

	"github.com/spf13/cobra"

	"lifesim/model"
	"lifesim/store"
)

// Config is what a room is served from. The caller (cmd_serve.go) opens
// the store and parses the flags; the server checks nothing twice.
type Config struct {
	Listen      string // host:port; port 0 picks a free one
	HostKey     string // path of the ed25519 host key, made on first start
	MaxSessions int    // app sessions at once; more are refused
	Idle        time.Duration

	// Allow, when not nil, are the only keys that may connect (with the
	// admins). Admins may run the admin commands and see the whole room.
	Allow  []Key
	Admins []Key

	Store       *store.DB
	Clock       func() time.Time // the room's one simulated clock
	Settings    model.Settings
	Experiments []model.Experiment
	Forced      map[string]string // --variant arms, for every participant
	// NoMouse leaves every participant's mouse alone (--no-mouse): their
	// terminals' own selection works, and clicks do nothing.
	NoMouse bool

	// Commands builds a fresh command tree for one admin command (the
	// same events, funnel and state as the local commands).
	Commands func() *cobra.Command

	// Console is where the researcher's view goes: a live screen when
	// Terminal, plain log lines otherwise.
	Console  io.Writer
	Terminal bool
}
