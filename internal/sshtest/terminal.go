package sshtest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// Terminal is `ssh -tt` running in a pseudo-terminal of a fixed size, as
// in a participant's terminal window: the client sends that size to the
// server, and everything the server draws goes through a terminal
// emulator, so Screen is what the participant sees.
type Terminal struct {
	t    testing.TB
	cmd  *exec.Cmd
	pty  *os.File
	wmu  sync.Mutex // serialises writes to the pty
	done chan struct{}

	mu  sync.Mutex // guards emu and raw
	emu *vt.Emulator
	raw bytes.Buffer // every byte the client wrote, escapes included
	eof chan struct{}
}

// Open starts `ssh -tt` as user in a cols×rows terminal. The test's
// cleanup kills the client if it is still running.
func (c Client) Open(t testing.TB, user string, cols, rows int) *Terminal {
	t.Helper()
	argv := c.Args(user, []string{"-tt"})
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = c.env()
	term := &Terminal{t: t, cmd: cmd, emu: vt.NewEmulator(cols, rows), done: make(chan struct{}), eof: make(chan struct{})}
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		t.Fatal(err)
	}
	term.pty = f
	go term.read()
	go term.reply()
	go func() { _ = cmd.Wait(); close(term.done) }()
	t.Cleanup(term.close)
	return term
}

// read feeds the client's output to the emulator until the pty closes.
func (m *Terminal) read() {
	buf := make([]byte, 32<<10)
	for {
		n, err := m.pty.Read(buf)
		if n > 0 {
			m.mu.Lock()
			_, _ = m.emu.Write(buf[:n])
			m.raw.Write(buf[:n])
			m.mu.Unlock()
		}
		if err != nil { // EIO once the client has gone
			close(m.eof)
			return
		}
	}
}

// reply passes the emulator's answers to terminal queries (cursor
// position, colours, modes) back to the program, as a terminal does.
func (m *Terminal) reply() {
	buf := make([]byte, 4096)
	for {
		n, err := m.emu.Read(buf)
		if n > 0 {
			m.write(buf[:n])
		}
		if err != nil {
			return
		}
	}
}

func (m *Terminal) write(b []byte) {
	m.wmu.Lock()
	defer m.wmu.Unlock()
	_, _ = m.pty.Write(b)
}

// Keys is what the named keys send from a terminal in its usual mode.
var Keys = map[string]string{
	"enter": "\r", "space": " ", "esc": "\x1b", "tab": "\t", "backspace": "\x7f",
	"up": "\x1b[A", "down": "\x1b[B", "right": "\x1b[C", "left": "\x1b[D",
	"ctrl+c": "\x03", "ctrl+u": "\x15",
}

// Press sends one key: a name from Keys, or text typed as it is.
func (m *Terminal) Press(key string) {
	if s, ok := Keys[key]; ok {
		key = s
	}
	m.write([]byte(key))
}

// Screen is the emulated screen as text: one line per row, trailing
// spaces removed.
func (m *Terminal) Screen() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.emu.String()
}

// Output is everything the client has printed so far, with its escape
// sequences removed: what a line written after the app has left the
// screen (a goodbye) reads as.
func (m *Terminal) Output() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return ansi.Strip(m.raw.String())
}

// Restored reports whether the terminal is back as the app found it: the
// normal screen (not the alternate one apps draw on) with a visible
// cursor.
func (m *Terminal) Restored() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return !m.emu.IsAltScreen() && !m.emu.CursorHidden()
}

// WaitFor waits until the screen shows text, and fails the test (with the
// screen) when it has not after timeout or when the client has ended.
func (m *Terminal) WaitFor(text string, timeout time.Duration) {
	m.t.Helper()
	if err := m.poll(timeout, func(s string) bool { return strings.Contains(s, text) }); err != nil {
		m.t.Fatalf("waiting for %q: %v\n--- screen ---\n%s\n--- end of screen ---", text, err, m.Screen())
	}
}

// poll checks the screen every few milliseconds until ok says yes.
func (m *Terminal) poll(timeout time.Duration, ok func(string) bool) error {
	deadline := time.Now().Add(timeout)
	for {
		if ok(m.Screen()) {
			return nil
		}
		select {
		case <-m.eof:
			if ok(m.Screen()) {
				return nil
			}
			return fmt.Errorf("the client ended")
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not on screen after %v", timeout)
		}
	}
}

// Wait waits for the client to exit and returns its exit status; it
// fails the test if the client is still running after timeout.
func (m *Terminal) Wait(timeout time.Duration) int {
	m.t.Helper()
	select {
	case <-m.done:
	case <-time.After(timeout):
		m.t.Fatalf("the ssh client is still running %v later\n--- screen ---\n%s", timeout, m.Screen())
	}
	select { // the last output may still be in the pty
	case <-m.eof:
	case <-time.After(time.Second):
	}
	return m.cmd.ProcessState.ExitCode()
}

// close kills the client if it is still running and releases the pty.
func (m *Terminal) close() {
	select {
	case <-m.done:
	default:
		_ = syscall.Kill(-m.cmd.Process.Pid, syscall.SIGKILL) // pty.Start made it a session leader
		<-m.done
	}
	_ = m.pty.Close()
	if c, ok := m.emu.InputPipe().(io.Closer); ok {
		_ = c.Close() // ends reply
	}
}

// Click clicks the left button on the centre of text where the screen
// shows it, as a terminal in SGR mouse mode reports a press and its
// release (cells counted from 1). It fails the test if text is not on
// the screen.
func (m *Terminal) Click(text string) {
	m.t.Helper()
	x, y, ok := find(m.Screen(), text)
	if !ok {
		m.t.Fatalf("click %q: not on the screen\n--- screen ---\n%s", text, m.Screen())
	}
	m.write(fmt.Appendf(nil, "\x1b[<0;%d;%dM\x1b[<0;%d;%dm", x+1, y+1, x+1, y+1))
}

// Wheel turns the wheel one step down over text where the screen shows
// it, as a terminal in SGR mouse mode reports it.
func (m *Terminal) Wheel(text string) {
	m.t.Helper()
	x, y, ok := find(m.Screen(), text)
	if !ok {
		m.t.Fatalf("wheel over %q: not on the screen\n--- screen ---\n%s", text, m.Screen())
	}
	m.write(fmt.Appendf(nil, "\x1b[<65;%d;%dM", x+1, y+1))
}

// MouseAsked reports whether the program asked the terminal to report
// the mouse: button events with SGR coordinates.
func (m *Terminal) MouseAsked() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	raw := m.raw.String()
	return strings.Contains(raw, "\x1b[?1002h") && strings.Contains(raw, "\x1b[?1006h")
}

// find is the centre cell of text's first occurrence on the screen.
func find(screen, text string) (x, y int, ok bool) {
	for i, line := range strings.Split(screen, "\n") {
		if at := strings.Index(line, text); at >= 0 {
			return ansi.StringWidth(line[:at]) + ansi.StringWidth(text)/2, i, true
		}
	}
	return 0, 0, false
}
