package sshtest

import (
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/activeterm"
	bm "charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"
)

// The harness against a minimal wish server (../shared/examples/wishdemo's
// shape): the client's terminal size reaches the app, keys reach it, the
// screen shows what it draws, and a client without a terminal is refused.
func TestTerminalDrivesAnAppOverSSH(t *testing.T) {
	t.Parallel()
	sshPath := SSH(t)
	port := demoServer(t)
	c := Client{SSH: sshPath, Port: port, Key: NewKey(t, t.TempDir(), "id_ed25519")}

	term := c.Open(t, "alice", 100, 30)
	term.WaitFor("hello alice (100x30)", 10*time.Second)
	if term.Restored() {
		t.Error("Restored while the app is on the alternate screen")
	}
	term.Press("space")
	term.WaitFor("count 1", 5*time.Second)
	term.Press("q")
	if code := term.Wait(5 * time.Second); code != 0 {
		t.Errorf("ssh exit status %d after q, want 0", code)
	}
	if !term.Restored() {
		t.Error("not Restored after the app quit")
	}

	r := c.Run(t, 10*time.Second, "bob") // activeterm's message, on stdout
	if r.Code != 1 || !strings.Contains(r.Stdout, "Requires an active PTY") {
		t.Errorf("without a terminal: status %d, stdout %q", r.Code, r.Stdout)
	}
}

// demoServer serves a counter app on a random loopback port until the
// test ends.
func demoServer(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := wish.NewServer(
		wish.WithHostKeyPath(t.TempDir()+"/host_ed25519"),
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		wish.WithMiddleware(
			bm.Middleware(func(s ssh.Session) (tea.Model, []tea.ProgramOption) {
				return counter{user: s.User()}, nil
			}),
			activeterm.Middleware(),
		),
	)
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return ln.Addr().(*net.TCPAddr).Port
}

type counter struct {
	user  string
	count int
	w, h  int
}

func (m counter) Init() tea.Cmd { return nil }

func (m counter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q":
			return m, tea.Quit
		case "space":
			m.count++
		}
	}
	return m, nil
}

func (m counter) View() tea.View {
	v := tea.NewView(fmt.Sprintf("hello %s (%dx%d)\ncount %d\n", m.user, m.w, m.h, m.count))
	v.AltScreen = true
	return v
}
