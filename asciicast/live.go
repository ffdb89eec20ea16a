package asciicast

import (
	"io"
	"sync"
	"time"
	"unicode/utf8"
)

// Live returns an io.Writer that records each Write as an output event at
// its real time since start: tee a program's output to it, and the cast
// holds exactly what the terminal received, when it received it.
//
// A character split across two Writes is recorded whole, with the second
// Write: its first bytes are held back (a JSON string cannot hold part of
// a UTF-8 sequence). Bytes held when the program ends are a character it
// never finished, and are dropped.
func (w *Writer) Live(start time.Time) io.Writer {
	return &live{w: w, since: func() time.Duration { return time.Since(start) }}
}

type live struct {
	w     *Writer
	since func() time.Duration // real time since the start (tests: fixed)

	mu      sync.Mutex
	pending []byte // the start of a character the last Write cut off
}

// Write records the whole characters of pending+p now and keeps an
// incomplete last one for the next Write.
func (l *live) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	data := append(l.pending, p...)
	cut := incompleteTail(data)
	l.pending = append([]byte(nil), data[len(data)-cut:]...)
	data = data[:len(data)-cut]
	if len(data) == 0 {
		return len(p), nil
	}
	if err := l.w.Output(l.since(), string(data)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// incompleteTail is how many bytes at the end of b are the start of a
// multi-byte UTF-8 character whose other bytes have not arrived: 0 when b
// ends whole, or with bytes that could never start one (those are written
// as they are, and become U+FFFD).
func incompleteTail(b []byte) int {
	for n := 1; n < utf8.UTFMax && n <= len(b); n++ {
		c := b[len(b)-n]
		if utf8.RuneStart(c) {
			if c >= utf8.RuneSelf && !utf8.FullRune(b[len(b)-n:]) {
				return n
			}
			return 0
		}
	}
	return 0
}
