package asciicast

import (
	"strings"
	"testing"
)

// A cast that is not what Read promises is refused with the line that is
// wrong, so a broken recording is found at once, not replayed oddly.
func TestReadErrorsNameTheLine(t *testing.T) {
	const head = `{"version": 2, "width": 80, "height": 24}` + "\n"
	cases := []struct {
		name, cast, want string
	}{
		{"empty", "", "line 1: no header"},
		{"header not JSON", "hello\n", "line 1: header"},
		{"version 1", `{"version": 1, "width": 80, "height": 24}` + "\n", "line 1: header: version 1"},
		{"no version", `{"width": 80, "height": 24}` + "\n", "line 1: header: version 0"},
		{"no size", `{"version": 2, "width": 0, "height": 24}` + "\n", "line 1: header: size 0x24"},
		{"event not JSON", head + `[0.5, "o", "a"]` + "\n" + "[1.0, \"o\"\n", "line 3: event"},
		{"two elements", head + `[0.5, "o"]` + "\n", "line 2: event has 2 elements"},
		{"time a string", head + `["0.5", "o", "a"]` + "\n", `line 2: event time "0.5": not a number`},
		{"negative time", head + `[-1, "o", "a"]` + "\n", "line 2: event time -1 is negative"},
		{"type a number", head + `[0.5, 1, "a"]` + "\n", "line 2: event type 1"},
		{"empty type", head + `[0.5, "", "a"]` + "\n", `line 2: event type ""`},
		{"data a number", head + `[0.5, "o", 7]` + "\n", "line 2: event data 7: not a string"},
		{"backwards", head + `[2.0, "o", "a"]` + "\n" + `[1.5, "o", "b"]` + "\n", "line 3: time 1.5 is before the previous event's 2"},
		{"backwards after a blank line", head + `[2.0, "o", "a"]` + "\n\n" + `[1.5, "o", "b"]` + "\n", "line 4: time 1.5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(c.cast))
			if err == nil {
				t.Fatalf("Read accepted %q", c.cast)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want it to contain %q", err, c.want)
			}
		})
	}
}

// What asciinema itself writes reads: extra header fields, input and
// resize events, blank lines, no newline at the end.
func TestReadAcceptsAsciinemasCasts(t *testing.T) {
	cast := `{"version": 2, "width": 80, "height": 24, "timestamp": 1504467315, "duration": 6.5, "idle_time_limit": 2, "env": {"TERM": "xterm-256color"}, "theme": {"fg": "#d0d0d0"}}
[0.248848, "o", "\u001b[1;31mHello\u001b[0m\n"]
[1.0, "i", "x"]

[1.500000, "m", ""]
[4.05, "r", "90x30"]
[6.541828, "o", "Bye!"]`
	rec, err := Read(strings.NewReader(cast))
	if err != nil {
		t.Fatal(err)
	}
	if rec.Header.Timestamp != 1504467315 || rec.Header.Env["TERM"] != "xterm-256color" {
		t.Errorf("header %+v", rec.Header)
	}
	if len(rec.Events) != 5 || rec.Events[4].Data != "Bye!" || rec.Events[3].Type != "r" {
		t.Errorf("events %+v", rec.Events)
	}
}
