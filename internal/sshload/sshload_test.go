package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
)

// The driver against an app that redraws on every key and paste: every
// key gets its frame, the paste is answered, the server's memory is read,
// and the report ends in the table docs/performance.md takes.
func TestDriverReportsEveryKey(t *testing.T) {
	t.Parallel()
	addr := echoServer(t)
	var out, errb bytes.Buffer
	code := run([]string{"-addr", addr, "-n", "2", "-duration", "300ms", "-key-interval", "10ms",
		"-paste", "-pid", fmt.Sprint(os.Getpid()), "-per-key"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, errb.String(), out.String())
	}
	report := out.String()
	for _, want := range []string{
		"2 sessions at 100x30, a key every 10ms for 300ms: ",
		" keys, 0 without a frame",
		"server RSS: ",
		"paste: 1 MB, its frame ",
		"| sessions | keys | p50 | p95 |",
		"  11 esc    p50 ",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
	if !strings.Contains(errb.String(), "2 sessions have drawn") {
		t.Errorf("no progress line on stderr: %q", errb.String())
	}
}

func TestBadCommandLines(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-n", "0"}, "-n 0: at least one session is needed"},
		{[]string{"-duration", "0s"}, "-duration and -key-interval must be positive"},
		{[]string{"-pid", "-3"}, "-pid -3 is not a process id"},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"-bogus"}, "flag provided but not defined: -bogus"},
	} {
		var out, errb bytes.Buffer
		if code := run(tc.args, &out, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2", tc.args, code)
		}
		if !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%v: stderr %q lacks %q", tc.args, errb.String(), tc.want)
		}
	}
}

// A server that refuses sessions fails the run with exit 1.
func TestUnreachableServer(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	var out, errb bytes.Buffer
	if code := run([]string{"-addr", addr, "-n", "1"}, &out, &errb); code != 1 {
		t.Errorf("exit %d, want 1; stderr %q", code, errb.String())
	}
	if !strings.HasPrefix(errb.String(), "sshload: ") {
		t.Errorf("stderr %q", errb.String())
	}
}

// echoServer serves, on a random loopback port until the test ends, an app
// that shows the last key and paste it got.
func echoServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := wish.NewServer(
		wish.WithHostKeyPath(t.TempDir()+"/host_ed25519"),
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		wish.WithMiddleware(bm.Middleware(func(ssh.Session) (tea.Model, []tea.ProgramOption) {
			return &echo{}, nil
		})),
	)
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return ln.Addr().String()
}

type echo struct {
	n    int
	last string
}

func (m *echo) Init() tea.Cmd { return nil }

func (m *echo) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m.n, m.last = m.n+1, msg.String()
	case tea.PasteMsg:
		m.n, m.last = m.n+1, fmt.Sprintf("a paste of %d bytes", len(msg.Content))
	}
	return m, nil
}

func (m *echo) View() tea.View {
	return tea.NewView(fmt.Sprintf("%d: %s\n", m.n, m.last))
}
