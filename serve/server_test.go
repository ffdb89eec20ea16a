package serve

import (
	"bytes"
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	gossh "golang.org/x/crypto/ssh"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/uitest"
)

// A room on 127.0.0.1:0 with the test world, served until the test ends.
type testRoom struct {
	t      *testing.T
	db     *store.DB
	l      *Listener
	cancel context.CancelFunc
	done   chan error
	admin  gossh.Signer
}

func startRoom(t *testing.T, edit func(*Config)) *testRoom {
	t.Helper()
	db := uitest.OpenStore(t)
	admin, _ := newKey(t)
	at := time.Date(2026, 1, 8, 12, 0, 0, 0, time.UTC)
	cfg := Config{
		Listen: "127.0.0.1:0", HostKey: filepath.Join(t.TempDir(), "host_ed25519"),
		MaxSessions: 5, Store: db, Clock: func() time.Time { return at },
		Admins: []Key{admin.PublicKey()},
		Commands: func() *cobra.Command {
			return &cobra.Command{Use: "lifesim", DisableFlagParsing: true, RunE: func(c *cobra.Command, args []string) error {
				_, err := io.WriteString(c.OutOrStdout(), "admin ok\n")
				return err
			}}
		},
	}
	if edit != nil {
		edit(&cfg)
	}
	l, err := Listen(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &testRoom{t: t, db: db, l: l, cancel: cancel, done: make(chan error, 1), admin: admin}
	go func() { r.done <- l.Serve(ctx) }()
	t.Cleanup(func() { r.stop() })
	return r
}

// stop ends the room and waits for Serve, once.
func (r *testRoom) stop() error {
	r.cancel()
	select {
	case err, ok := <-r.done:
		if ok {
			close(r.done)
		}
		return err
	case <-time.After(10 * time.Second):
		r.t.Fatal("the room did not shut down")
		return nil
	}
}

func (r *testRoom) dial(user string, key gossh.Signer) *gossh.Client {
	r.t.Helper()
	if key == nil {
		key, _ = newKey(r.t)
	}
	c, err := gossh.Dial("tcp", r.l.Addr().String(), &gossh.ClientConfig{
		User: user, Auth: []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err != nil {
		r.t.Fatal(err)
	}
	r.t.Cleanup(func() { _ = c.Close() })
	return c
}

// run runs a command (or a shell without a PTY when cmd is "") and
// returns its stdout, stderr and exit status.
func (r *testRoom) run(user string, key gossh.Signer, cmd string) (string, string, int) {
	r.t.Helper()
	s, err := r.dial(user, key).NewSession()
	if err != nil {
		r.t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	s.Stdout, s.Stderr = &out, &errOut
	if cmd == "" {
		err = s.Shell()
		if err == nil {
			err = s.Wait()
		}
	} else {
		err = s.Run(cmd)
	}
	code := 0
	var exit *gossh.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitStatus()
	} else if err != nil {
		r.t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

// screen is an app session with a PTY, its output gathered as plain text.
type screen struct {
	t    *testing.T
	s    *gossh.Session
	in   io.WriteCloser
	mu   sync.Mutex
	out  bytes.Buffer
	done chan error
}

func (r *testRoom) open(user string) *screen {
	r.t.Helper()
	s, err := r.dial(user, nil).NewSession()
	if err != nil {
		r.t.Fatal(err)
	}
	if err := s.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		r.t.Fatal(err)
	}
	sc := &screen{t: r.t, s: s, done: make(chan error, 1)}
	if sc.in, err = s.StdinPipe(); err != nil {
		r.t.Fatal(err)
	}
	s.Stdout, s.Stderr = sc, sc
	if err := s.Shell(); err != nil {
		r.t.Fatal(err)
	}
	go func() { sc.done <- s.Wait() }()
	return sc
}

func (sc *screen) Write(p []byte) (int, error) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return sc.out.Write(p)
}

func (sc *screen) text() string {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return ansi.Strip(sc.out.String())
}

// waitFor polls until the output holds want.
func (sc *screen) waitFor(want string) {
	sc.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(sc.text(), want) {
		if time.Now().After(deadline) {
			sc.t.Fatalf("never saw %q; output:\n%s", want, sc.text())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitForAfter polls until the output past mark (a length of text())
// holds want.
func (sc *screen) waitForAfter(mark int, want string) {
	sc.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(sc.text()[mark:], want) {
		if time.Now().After(deadline) {
			sc.t.Fatalf("never saw %q after the key; output:\n%s", want, sc.text()[mark:])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (sc *screen) keys(s string) {
	sc.t.Helper()
	if _, err := io.WriteString(sc.in, s); err != nil {
		sc.t.Fatal(err)
	}
}

// ended waits for the session to end.
func (sc *screen) ended() {
	sc.t.Helper()
	select {
	case <-sc.done:
	case <-time.After(10 * time.Second):
		sc.t.Fatal("the session did not end")
	}
}

// stops are the app_stop events in the log, by persona: their details.
func stops(t *testing.T, db *store.DB) map[model.PersonaID][]string {
	t.Helper()
	evs, err := db.LatestEvents(500)
	if err != nil {
		t.Fatal(err)
	}
	out := map[model.PersonaID][]string{}
	for _, e := range evs {
		if e.Kind == model.EventAppStop {
			out[e.Persona] = append(out[e.Persona], e.Detail)
		}
	}
	return out
}

func waitLen(t *testing.T, r *Room, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for r.Len() != n {
		if time.Now().After(deadline) {
			t.Fatalf("room has %d sessions, want %d", r.Len(), n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
