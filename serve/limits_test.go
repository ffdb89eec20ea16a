package serve

import (
	"bytes"
	"context"
	"io"
	"net"
	"testing"
)

// Connections beyond the limit are closed at once; a closed one gives its
// place back, once however often it is closed.
func TestConnLimit(t *testing.T) {
	c := &connLimit{max: 2}
	pipe := func() net.Conn { a, b := net.Pipe(); t.Cleanup(func() { _ = b.Close() }); return a }
	one, two := c.wrap(nil, pipe()), c.wrap(nil, pipe())
	if one == nil || two == nil {
		t.Fatal("under the limit, refused")
	}
	if c.wrap(nil, pipe()) != nil {
		t.Fatal("over the limit, let in")
	}
	_ = one.Close()
	_ = one.Close()
	if c.open.Load() != 1 {
		t.Fatalf("open = %d after one closed twice", c.open.Load())
	}
	if c.wrap(nil, pipe()) == nil {
		t.Fatal("a place given back was not reused")
	}
}

// Paced input still delivers every byte, in reads no bigger than a burst,
// and ends when its session does.
func TestLimitedInput(t *testing.T) {
	data := bytes.Repeat([]byte("k"), inputBurst+100)
	in := newLimitedInput(context.Background(), bytes.NewReader(data))
	buf := make([]byte, 4*inputBurst)
	n, err := in.Read(buf)
	if err != nil || n != inputBurst {
		t.Fatalf("first read %d, %v", n, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	in.ctx = ctx
	if _, err := in.Read(buf); err != io.EOF {
		t.Fatalf("after the session ended: %v", err)
	}
}
