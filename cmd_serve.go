package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"
	charmlog "charm.land/log/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"lifesim/cli"
	"lifesim/launch"
	"lifesim/serve"
	"lifesim/ui/console"
)

// serveFlags are serve's own flags.
type serveFlags struct {
	listen, hostKey string
	maxSessions     int
	idle            time.Duration
	allow, admins   string
	noMouse         bool
}

func newServeCmd(o *options) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the app over SSH to a room: one persona per participant, a live console for the researcher",
		Long: `Serve lifesim over SSH so that a room can use it with no install. Each
participant connects with "ssh -p PORT NAME@HOST" and walks the chain as the
persona NAME (letters, digits, - and _, up to 32), made from the new user the
first time, with experiment arms from the same hash as everywhere else. One
process holds the store for the whole room, on one simulated clock.

This terminal shows a live console: who is connected, their arms and screen,
and the room's funnel by variant (plain log lines when it is not a terminal).
Keys listed in --admins may run, over SSH, the read-only commands events
(with --follow), funnel and state, with the same output as here.

Ctrl-C or SIGTERM ends every session (each client gets its terminal back)
and the server exits 0.`,
		Example: `  lifesim serve                                  # loopback only, port 2323
  lifesim serve --listen 0.0.0.0:2323 --admins ~/.ssh/authorized_keys
  ssh -p 2323 alice@localhost                    # a participant
  ssh -p 2323 localhost funnel --by variant      # an admin`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := f.config(o)
			if err != nil {
				return err
			}
			return runServe(cmd.Context(), o, cfg)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", "127.0.0.1:2323", "address to listen on; 0.0.0.0:2323 opens it to the LAN")
	fl.StringVar(&f.hostKey, "host-key", "", "the server's ed25519 host key, made on first start (default: beside the store)")
	fl.IntVar(&f.maxSessions, "max-sessions", 50, "app sessions at once; more are refused")
	fl.DurationVar(&f.idle, "idle", 20*time.Minute, "end a session after this long without a key (0: never)")
	fl.StringVar(&f.allow, "allow", "", "an authorized_keys file: only these keys (and --admins) may connect (default: anyone)")
	fl.BoolVar(&f.noMouse, "no-mouse", false, "leave every participant's mouse to their terminal (otherwise a click does what enter does, the wheel scrolls)")
	fl.StringVar(&f.admins, "admins", "", "an authorized_keys file of the keys that may run admin commands over SSH")
	return cmd
}

// config checks serve's flags (every one before anything is opened) and
// reads the key files.
func (f serveFlags) config(o *options) (serve.Config, error) {
	cfg := serve.Config{Listen: f.listen, HostKey: f.hostKey, MaxSessions: f.maxSessions, Idle: f.idle, NoMouse: f.noMouse}
	if _, _, err := net.SplitHostPort(f.listen); err != nil {
		return cfg, cli.Usagef("--listen %q: want HOST:PORT, such as 127.0.0.1:2323", f.listen)
	}
	if f.maxSessions < 1 {
		return cfg, cli.Usagef("--max-sessions %d: at least 1", f.maxSessions)
	}
	if f.idle < 0 {
		return cfg, cli.Usagef("--idle %s: not negative (0 never ends a session)", f.idle)
	}
	if cfg.HostKey == "" {
		if o.db == "" {
			return cfg, cli.Usagef("--host-key is needed when there is no data directory")
		}
		cfg.HostKey = filepath.Join(filepath.Dir(o.db), "ssh_host_ed25519")
	}
	var err error
	if cfg.Allow, err = readKeys("--allow", f.allow); err != nil {
		return cfg, err
	}
	cfg.Admins, err = readKeys("--admins", f.admins)
	return cfg, err
}

// readKeys reads an authorized_keys flag's file ("" reads nothing).
func readKeys(flag, path string) ([]serve.Key, error) {
	if path == "" {
		return nil, nil
	}
	keys, err := serve.ReadKeys(path)
	if err != nil {
		return nil, cli.Usagef("%s: %v", flag, err)
	}
	return keys, nil
}

// runServe opens the store, serves the room until a signal (or the
// console's q), and closes the store once every session has ended.
func runServe(ctx context.Context, o *options, cfg serve.Config) error {
	s, err := launch.Open(o.launch())
	if err != nil {
		return err
	}
	defer s.DB.Close()
	cfg.Store, cfg.Clock, cfg.Settings = s.DB, s.Clock, s.Settings
	cfg.Experiments, cfg.Forced = s.Experiments, s.Forced
	cfg.Commands = func() *cobra.Command { return newRoomCmd(s.DB) }
	cfg.Terminal = term.IsTerminal(os.Stdout.Fd())
	if cfg.Terminal {
		// wish's Bubble Tea middleware logs a session's failure to
		// stderr, which would tear through the console's screen.
		charmlog.SetOutput(io.Discard)
	}
	l, err := serve.Listen(cfg)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, cli.StopSignals...)
	defer stop()
	fmt.Printf("lifesim serve: a room on %s · participants connect with: %s\n", l.Addr(), serve.SSHLines(l.Addr())[0])
	ctx, closeRoom := context.WithCancel(ctx)
	defer closeRoom()
	go func() {
		runConsole(ctx, l, s, cfg)
		closeRoom() // q in the console closes the room, as Ctrl-C does
	}()
	if err := l.Serve(ctx); err != nil {
		return err
	}
	return s.DB.Damaged()
}

// runConsole shows the researcher's console until ctx ends or, on a
// terminal, the researcher closes the room with q. Plain lines whose
// output has gone away say so once and leave the room running.
func runConsole(ctx context.Context, l *serve.Listener, s *launch.Session, cfg serve.Config) {
	opts := console.Options{
		Roster: l.Roster(), Store: s.DB, Experiments: s.Experiments,
		SSHLine: serve.SSHLines(l.Addr())[0], Listen: l.Addr().String(),
		Max: cfg.MaxSessions, Clock: cfg.Clock,
	}
	if !cfg.Terminal {
		if err := console.Log(ctx, os.Stdout, opts); err != nil {
			fmt.Fprintln(os.Stderr, "lifesim serve: the console's log stopped:", err)
			<-ctx.Done()
		}
		return
	}
	// Bubble Tea's own signal handler stays off: Ctrl-C is a key here,
	// and SIGTERM reaches runServe's context, which ends this program too.
	_, _ = tea.NewProgram(console.New(opts), tea.WithContext(ctx), tea.WithoutSignalHandler()).Run()
}
