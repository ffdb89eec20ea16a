package asciicast

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"time"
)

// Header is the recording's first line: the terminal's size in cells, when
// the recording began (Unix seconds) and its title. Env, when set, names
// the recorded terminal (TERM…), as asciinema records it.
type Header struct {
	Version   int               `json:"version"`
	Width     int               `json:"width"`
	Height    int               `json:"height"`
	Timestamp int64             `json:"timestamp"`
	Title     string            `json:"title"`
	Env       map[string]string `json:"env,omitempty"`
}

// Event types this package writes (and Screens reads).
const (
	EventOutput = "o" // bytes the terminal received
	EventMarker = "m" // a chapter mark; asciinema's player lists and seeks to them
	EventResize = "r" // the terminal was resized to "WxH"
)

// Writer writes one recording. Its methods are safe for concurrent use:
// a live recording's output and the tour's markers come from different
// goroutines. Event times never go backwards: an event stamped earlier
// than the last one written gets the last one's time.
type Writer struct {
	mu   sync.Mutex
	w    io.Writer
	last int64 // microseconds of the last event written
	err  error // the first write error; every later call returns it
	buf  bytes.Buffer
}

// NewWriter writes h's header line to w (Version is always 2) and returns
// a Writer for the events.
func NewWriter(w io.Writer, h Header) (*Writer, error) {
	if h.Width <= 0 || h.Height <= 0 {
		return nil, fmt.Errorf("asciicast: size %dx%d: width and height must be positive", h.Width, h.Height)
	}
	h.Version = 2
	line, err := headerLine(h)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(line); err != nil {
		return nil, err
	}
	return &Writer{w: w}, nil
}

// headerLine is h as asciinema writes it: one JSON object with a space
// after each colon and comma, then a newline.
func headerLine(h Header) ([]byte, error) {
	title, err := marshal(h.Title)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"version": %d, "width": %d, "height": %d, "timestamp": %d, "title": %s`,
		h.Version, h.Width, h.Height, h.Timestamp, title)
	if len(h.Env) > 0 {
		env, err := json.Marshal(h.Env) // keys sorted
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, `, "env": %s`, env)
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

// Output records data as received by the terminal at time at since the
// start of the recording.
func (w *Writer) Output(at time.Duration, data string) error {
	return w.event(at, EventOutput, data)
}

// Marker records a marker labelled label at time at: the tour marks each
// step, so a viewer can jump to it.
func (w *Writer) Marker(at time.Duration, label string) error {
	return w.event(at, EventMarker, label)
}

// Resize records that the terminal became width×height at time at, so a
// player resizes with it.
func (w *Writer) Resize(at time.Duration, width, height int) error {
	return w.event(at, EventResize, fmt.Sprintf("%dx%d", width, height))
}

// event writes [t, typ, data] with t in seconds to the microsecond.
func (w *Writer) event(at time.Duration, typ, data string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.err
	}
	us := max(at.Microseconds(), w.last)
	w.last = us
	d, err := marshal(data)
	if err != nil {
		w.err = err
		return err
	}
	w.buf.Reset()
	fmt.Fprintf(&w.buf, `[%d.%06d, "%s", %s]`+"\n", us/1e6, us%1e6, typ, d)
	if _, err := w.w.Write(w.buf.Bytes()); err != nil {
		w.err = err
	}
	return w.err
}

// marshal is s as a JSON string, with <, > and & left as they are (they
// are common in a terminal's output and need no escaping outside HTML).
// Bytes that are not UTF-8 become U+FFFD, as in any JSON encoder.
func marshal(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
