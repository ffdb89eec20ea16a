package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"time"

	"golang.org/x/crypto/ssh"
)

// walk is the chain a session repeats, one key at a time, as a terminal
// sends them: / (a new search, the old query selected so typing replaces
// it), k f c, enter (open the first result: KFC's mini program), s
// (collect, or uncollect on the next round), e (close the mini program,
// back to the results; unlike esc it also gets past the follow pop-up,
// which shows on some rounds and arms), down (the life account), enter
// (open it), f (follow or unfollow), esc (back to the results). Every key
// changes the screen, so every key has a frame to wait for.
var walk = []struct{ name, bytes string }{
	{"/", "/"}, {"k", "k"}, {"f", "f"}, {"c", "c"}, {"enter", "\r"},
	{"s", "s"}, {"e", "e"}, {"down", "\x1b[B"}, {"enter", "\r"},
	{"f", "f"}, {"esc", "\x1b"},
}

// noFrame is how long a session waits for a key's frame before it counts
// the key as unanswered and goes on.
const noFrame = 2 * time.Second

// session is one participant's SSH connection with a PTY and the app.
type session struct {
	name   string
	client *ssh.Client
	sess   *ssh.Session
	stdin  io.WriteCloser
	// chunks gets the time of the latest output chunk (the channel holds
	// one; a newer chunk does not replace an unread one, which is older
	// than any key sent after the channel was drained).
	chunks chan time.Time
	eof    chan struct{}
}

// sample is one key's key-to-frame time.
type sample struct {
	key     int // index in walk
	sentAt  time.Time
	latency time.Duration // 0: no frame within noFrame
}

func newSigner() (ssh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return ssh.NewSignerFromKey(priv)
}

// dial connects as name, asks for a PTY and the app, and waits for the
// first frame.
func dial(cfg config, signer ssh.Signer, name string) (*session, error) {
	client, err := ssh.Dial("tcp", cfg.addr, &ssh.ClientConfig{
		User:            name,
		Auth:            []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), // a loopback test server with a fresh key
		Timeout:         10 * time.Second,
	})
	if err != nil {
		return nil, err
	}
	s := &session{name: name, client: client, chunks: make(chan time.Time, 1), eof: make(chan struct{})}
	if err := s.open(cfg); err != nil {
		_ = client.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	select {
	case <-s.chunks:
	case <-s.eof:
		s.close()
		return nil, fmt.Errorf("%s: the server closed the session before its first frame", name)
	case <-time.After(noFrame):
		s.close()
		return nil, fmt.Errorf("%s: no first frame within %v", name, noFrame)
	}
	return s, nil
}

// open starts the session's shell in a PTY and its reader.
func (s *session) open(cfg config) error {
	sess, err := s.client.NewSession()
	if err != nil {
		return err
	}
	s.sess = sess
	if err := sess.RequestPty("xterm-256color", cfg.rows, cfg.cols, ssh.TerminalModes{}); err != nil {
		return err
	}
	if s.stdin, err = sess.StdinPipe(); err != nil {
		return err
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		return err
	}
	if err := sess.Shell(); err != nil {
		return err
	}
	go s.read(out)
	return nil
}

// read takes the app's output as it comes, noting when each chunk came.
func (s *session) read(out io.Reader) {
	buf := make([]byte, 64<<10)
	for {
		n, err := out.Read(buf)
		if n > 0 {
			select {
			case s.chunks <- time.Now():
			default:
			}
		}
		if err != nil {
			close(s.eof)
			return
		}
	}
}

// press writes one key and waits for the first output after it.
func (s *session) press(b string) (sentAt time.Time, latency time.Duration, err error) {
	return s.pressWithin(b, noFrame)
}

// pressWithin is press with its own wait for the frame.
func (s *session) pressWithin(b string, wait time.Duration) (sentAt time.Time, latency time.Duration, err error) {
	select { // forget output from before this key
	case <-s.chunks:
	default:
	}
	sentAt = time.Now()
	if _, err := io.WriteString(s.stdin, b); err != nil {
		return sentAt, 0, err
	}
	timeout := time.After(wait)
	for {
		select {
		case t := <-s.chunks:
			if t.After(sentAt) {
				return sentAt, t.Sub(sentAt), nil
			}
		case <-s.eof:
			return sentAt, 0, fmt.Errorf("%s: the server closed the session", s.name)
		case <-timeout:
			return sentAt, 0, nil
		}
	}
}

// walkUntil repeats the walk from first (the session's phase) until end,
// a key every interval, and returns a sample per key.
func (s *session) walkUntil(first, end time.Time, interval time.Duration) ([]sample, error) {
	var out []sample
	time.Sleep(time.Until(first))
	next := first
	for i := 0; time.Now().Before(end); i++ {
		k := i % len(walk)
		sentAt, lat, err := s.press(walk[k].bytes)
		if err != nil {
			return out, err
		}
		out = append(out, sample{key: k, sentAt: sentAt, latency: lat})
		next = next.Add(interval)
		if now := time.Now(); next.Before(now) {
			next = now // a slow frame delays the walk; it does not bunch keys up
		}
		time.Sleep(time.Until(next))
	}
	return out, nil
}

// pasteAt goes to Search, then at the given time pastes size bytes as a
// terminal does (bracketed paste). It returns when the paste began, and
// when the first frame after the last byte was written came (the zero time
// if none came by end). The server may take its input slowly (serve paces
// each session's input), so the frame can come seconds later.
func (s *session) pasteAt(at, end time.Time, size int) (began, answered time.Time, err error) {
	if _, _, err := s.press("/"); err != nil {
		return began, answered, err
	}
	text := make([]byte, 0, size+12)
	text = append(text, "\x1b[200~"...)
	for len(text) < size+6 {
		text = append(text, "kfc crayfish "...)
	}
	text = append(text[:size+6], "\x1b[201~"...)
	time.Sleep(time.Until(at))
	began = time.Now()
	if _, err := s.stdin.Write(text); err != nil {
		return began, answered, err
	}
	written, lat, err := s.pressWithin("", time.Until(end)+noFrame) // nothing more to send: wait for the frame
	if err != nil || lat == 0 {
		return began, answered, err
	}
	return began, written.Add(lat), nil
}

func (s *session) close() {
	if s.sess != nil {
		_ = s.sess.Close()
	}
	_ = s.client.Close()
}
