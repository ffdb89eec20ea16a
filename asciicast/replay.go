package asciicast

import (
	"fmt"
	"io"

	"github.com/charmbracelet/x/vt"
)

// MarkerScreen is the screen a viewer sees at a marker.
type MarkerScreen struct {
	Time   float64
	Label  string
	Screen string
}

// Screens replays the output events through a terminal emulator
// (github.com/charmbracelet/x/vt) of the header's size and returns the
// screen as plain text after each one: one line per row, trailing spaces
// removed. Resize events resize the emulator; other events are skipped.
func (r *Recording) Screens() ([]string, error) {
	var out []string
	err := r.replay(func(ev Event, screen string) {
		if ev.Type == EventOutput {
			out = append(out, screen)
		}
	})
	return out, err
}

// MarkerScreens is the screen at each marker, with its label and time:
// what the output events before it have drawn.
func (r *Recording) MarkerScreens() ([]MarkerScreen, error) {
	var out []MarkerScreen
	err := r.replay(func(ev Event, screen string) {
		if ev.Type == EventMarker {
			out = append(out, MarkerScreen{Time: ev.Time, Label: ev.Data, Screen: screen})
		}
	})
	return out, err
}

// replay feeds the events to an emulator and calls seen with each output
// and marker event and the screen after it.
func (r *Recording) replay(seen func(ev Event, screen string)) error {
	emu := vt.NewEmulator(r.Header.Width, r.Header.Height)
	// The emulator answers the program's queries (cursor position,
	// colours) into its input pipe, and its writes block until someone
	// reads them: nobody is listening to a recording, so drop them.
	drained := make(chan struct{})
	go func() {
		_, _ = io.Copy(io.Discard, emu)
		close(drained)
	}()
	defer func() {
		if c, ok := emu.InputPipe().(io.Closer); ok {
			_ = c.Close() // ends the copy
		}
		<-drained
	}()
	for i, ev := range r.Events {
		switch ev.Type {
		case EventOutput:
			_, _ = emu.WriteString(ev.Data)
		case EventResize:
			var w, h int
			if _, err := fmt.Sscanf(ev.Data, "%dx%d", &w, &h); err != nil || w <= 0 || h <= 0 {
				return fmt.Errorf("asciicast: event %d: resize %q: want WIDTHxHEIGHT", i+1, ev.Data)
			}
			emu.Resize(w, h)
			continue
		case EventMarker:
		default:
			continue
		}
		seen(ev, emu.String())
	}
	return nil
}
