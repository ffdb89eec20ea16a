package serve

import (
	"context"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	"golang.org/x/time/rate"
)

// What one participant can do to the others: each session runs in its own
// goroutines, so the shared things are the CPU, the store's one writer and
// the listener. These limits keep a paste, a held key or a flood of
// connections from taking them.
const (
	// inputRate and inputBurst bound how fast a session's input reaches
	// its program: typing and a held key are far below them, and a 1 MB
	// paste drains over seconds into the paster's own app instead of
	// taking the CPU from everyone at once.
	inputRate  = 256 << 10 // bytes a second
	inputBurst = 16 << 10

	// handshakeTimeout drops a connection that has not finished its SSH
	// handshake (a port scan, a client left at a password prompt).
	handshakeTimeout = 20 * time.Second

	// spareConns are connections allowed beyond MaxSessions: admins'
	// commands and clients being turned away with a message.
	spareConns = 32
)

// limitedInput paces r to inputRate, until ctx ends.
type limitedInput struct {
	ctx context.Context
	r   io.Reader
	lim *rate.Limiter
}

func newLimitedInput(ctx context.Context, r io.Reader) *limitedInput {
	return &limitedInput{ctx: ctx, r: r, lim: rate.NewLimiter(inputRate, inputBurst)}
}

func (in *limitedInput) Read(p []byte) (int, error) {
	if len(p) > inputBurst {
		p = p[:inputBurst]
	}
	n, err := in.r.Read(p)
	if n > 0 {
		if werr := in.lim.WaitN(in.ctx, n); werr != nil && err == nil {
			err = io.EOF // the session has ended
		}
	}
	return n, err
}

// connLimit closes connections beyond max at once, before their
// handshake costs anything.
type connLimit struct {
	max  int64
	open atomic.Int64
}

func (c *connLimit) wrap(_ ssh.Context, conn net.Conn) net.Conn {
	if c.open.Add(1) > c.max {
		c.open.Add(-1)
		return nil
	}
	return &countedConn{Conn: conn, done: func() { c.open.Add(-1) }}
}

// countedConn gives its place back once, when it closes.
type countedConn struct {
	net.Conn
	once sync.Once
	done func()
}

func (c *countedConn) Close() error {
	c.once.Do(c.done)
	return c.Conn.Close()
}
