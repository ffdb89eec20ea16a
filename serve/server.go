package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"lifesim/ui/console"
)

// ShutdownTimeout bounds a shutdown: sessions that have not ended by then
// are closed under them.
const ShutdownTimeout = 4 * time.Second

// server is one room's SSH server.
type server struct {
	cfg    Config
	access access
	room   *Room
	ssh    *ssh.Server
	busy   sync.WaitGroup // app sessions and admin commands running
}

// Listener is a room ready to serve: its address is known (the port
// --listen 0 picked) before anyone connects.
type Listener struct {
	sv *server
	l  net.Listener
}

// Listen makes the host key if there is none yet, builds the server and
// listens on cfg.Listen.
func Listen(cfg Config) (*Listener, error) {
	if err := os.MkdirAll(filepath.Dir(cfg.HostKey), 0o700); err != nil {
		return nil, fmt.Errorf("host key %s: %w", cfg.HostKey, err)
	}
	sv := &server{cfg: cfg, access: access{allow: cfg.Allow, admins: cfg.Admins}, room: newRoom(cfg.MaxSessions)}
	opts := []ssh.Option{
		wish.WithHostKeyPath(cfg.HostKey),
		wish.WithPublicKeyAuth(func(_ ssh.Context, k ssh.PublicKey) bool { return sv.access.letIn(k) }),
		// soft-serve's choice: no OS PTY per session; the program reads and
		// writes the channel, and its colours follow the client's TERM,
		// COLORTERM and NO_COLOR.
		ssh.EmulatePty(),
		wish.WithMiddleware(bm.MiddlewareWithProgramHandler(sv.program), sv.admit, needTerminal, sv.commands),
	}
	if cfg.Allow == nil {
		// A room on a LAN has no keys: a client without one is let in
		// without a prompt.
		opts = append(opts, wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }))
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		return nil, fmt.Errorf("host key %s: %w", cfg.HostKey, err)
	}
	conns := &connLimit{max: int64(cfg.MaxSessions + spareConns)}
	srv.ConnCallback, srv.HandshakeTimeout = conns.wrap, handshakeTimeout
	sv.ssh = srv
	l, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s: %w (is another lifesim serve running? --listen picks another address)", cfg.Listen, unwrapOp(err))
	}
	return &Listener{sv: sv, l: l}, nil
}

// Addr is the address the room listens on.
func (l *Listener) Addr() net.Addr { return l.l.Addr() }

// Roster is the room's list of participants, for the console.
func (l *Listener) Roster() console.Roster { return l.sv.room }

// Serve serves the room until ctx ends, then ends every session (each
// records app_stop and its client hears goodbye), closes the server and
// returns once nothing is left running, within ShutdownTimeout.
func (l *Listener) Serve(ctx context.Context) error {
	sv := l.sv
	errc := make(chan error, 1)
	go func() { errc <- sv.ssh.Serve(l.l) }()
	if sv.cfg.Idle > 0 {
		go sv.watchIdle(ctx)
	}
	select {
	case err := <-errc:
		if !errors.Is(err, ssh.ErrServerClosed) {
			return err
		}
		return nil
	case <-ctx.Done():
	}
	return sv.shutdown()
}

// shutdown ends the sessions the way quitting does, waits for them, then
// closes every connection (admin commands that follow the log end with
// it).
func (sv *server) shutdown() error {
	deadline := time.After(ShutdownTimeout)
	select {
	case <-sv.room.close():
	case <-deadline:
	}
	_ = sv.ssh.Close()
	done := make(chan struct{})
	go func() { sv.busy.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-time.After(time.Second):
		return errors.New("some sessions did not end in time")
	}
}

// watchIdle ends sessions idle for cfg.Idle, checking a few times per
// idle period.
func (sv *server) watchIdle(ctx context.Context) {
	every := min(max(sv.cfg.Idle/10, 50*time.Millisecond), 10*time.Second)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			sv.room.stopIdle(now, sv.cfg.Idle)
		}
	}
}

// SSHLines are the lines participants (and admins) type, for the address
// the room listens on: one per address a LAN can reach when it listens
// on every interface.
func SSHLines(addr net.Addr) []string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return []string{addr.String()}
	}
	hosts := []string{host}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		hosts = lanHosts()
	}
	var out []string
	for _, h := range hosts {
		out = append(out, fmt.Sprintf("ssh -p %s NAME@%s", port, h))
	}
	return out
}

// lanHosts are this machine's non-loopback IPv4 addresses, else
// localhost.
func lanHosts() []string {
	addrs, _ := net.InterfaceAddrs()
	var out []string
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
			out = append(out, n.IP.String())
		}
	}
	if len(out) == 0 {
		return []string{"localhost"}
	}
	return out
}

// unwrapOp drops the "listen tcp ADDR:" that net puts before the reason.
func unwrapOp(err error) error {
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Err
	}
	return err
}
