package asciicast

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Recording is a parsed cast: its header and its events in order.
type Recording struct {
	Header Header
	Events []Event
}

// Event is one line of the event stream: Time in seconds since the start,
// Type (EventOutput, EventMarker, EventResize, or "i" for input) and its
// Data.
type Event struct {
	Time float64
	Type string
	Data string
}

// Read parses an asciicast v2 recording. It refuses, naming the line: a
// header that is not version 2 or has no positive size, an event that is
// not [time, type, data] with a number and two strings, and an event
// earlier than the one before it. Blank lines are skipped.
func Read(r io.Reader) (*Recording, error) {
	br := bufio.NewReader(r)
	first, err := br.ReadBytes('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	rec := &Recording{}
	if err := parseHeader(first, &rec.Header); err != nil {
		return nil, fmt.Errorf("asciicast: line 1: %w", err)
	}
	for n := 2; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			ev, perr := parseEvent(line)
			if perr == nil && len(rec.Events) > 0 && ev.Time < rec.Events[len(rec.Events)-1].Time {
				perr = fmt.Errorf("time %g is before the previous event's %g", ev.Time, rec.Events[len(rec.Events)-1].Time)
			}
			if perr != nil {
				return nil, fmt.Errorf("asciicast: line %d: %w", n, perr)
			}
			rec.Events = append(rec.Events, ev)
		}
		if errors.Is(err, io.EOF) {
			return rec, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// parseHeader reads the header object into h and checks what a player
// needs from it.
func parseHeader(line []byte, h *Header) error {
	if len(bytes.TrimSpace(line)) == 0 {
		return errors.New("no header: the recording is empty")
	}
	if err := json.Unmarshal(line, h); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	if h.Version != 2 {
		return fmt.Errorf("header: version %d: only asciicast v2 is read", h.Version)
	}
	if h.Width <= 0 || h.Height <= 0 {
		return fmt.Errorf("header: size %dx%d: width and height must be positive", h.Width, h.Height)
	}
	return nil
}

// parseEvent reads one [time, type, data] line.
func parseEvent(line []byte) (Event, error) {
	var parts []json.RawMessage
	if err := json.Unmarshal(line, &parts); err != nil {
		return Event{}, fmt.Errorf("event: %w", err)
	}
	if len(parts) != 3 {
		return Event{}, fmt.Errorf("event has %d elements, want [time, type, data]", len(parts))
	}
	var ev Event
	if err := json.Unmarshal(parts[0], &ev.Time); err != nil {
		return Event{}, fmt.Errorf("event time %s: not a number", parts[0])
	}
	if ev.Time < 0 {
		return Event{}, fmt.Errorf("event time %g is negative", ev.Time)
	}
	if err := json.Unmarshal(parts[1], &ev.Type); err != nil || ev.Type == "" {
		return Event{}, fmt.Errorf("event type %s: not a non-empty string", parts[1])
	}
	if err := json.Unmarshal(parts[2], &ev.Data); err != nil {
		return Event{}, fmt.Errorf("event data %s: not a string", abbrev(parts[2]))
	}
	return ev, nil
}

// abbrev shortens a value quoted in an error to one readable line.
func abbrev(b []byte) string {
	const limit = 40
	if len(b) <= limit {
		return string(b)
	}
	return string(b[:limit]) + "…"
}
