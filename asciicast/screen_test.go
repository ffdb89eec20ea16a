package asciicast

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// Frames written with Screen replay to exactly their text: a full-width
// line keeps its last cell, a shorter frame after a longer one leaves
// nothing of it behind, and styling does not show in the text.
func TestScreenReplaysToTheFrame(t *testing.T) {
	const w, h = 12, 5
	frames := []string{
		"abcdefghijkl\nline two\n\x1b[1;31mred\x1b[0m row\n中文 wide\nbottom-right",
		"short",
		"x\n\ny",
		"abcdefghijkl\nABCDEFGHIJKL",
		"tall\nframe\nfills\nthe\nterminal",
		"中文中文中文",
	}
	var buf bytes.Buffer
	cw, err := NewWriter(&buf, Header{Width: w, Height: h})
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range frames {
		must(t, cw.Output(time.Duration(i)*time.Second, Screen(f)))
	}
	rec, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	screens, err := rec.Screens()
	if err != nil {
		t.Fatal(err)
	}
	if len(screens) != len(frames) {
		t.Fatalf("%d screens, want %d", len(screens), len(frames))
	}
	for i, f := range frames {
		if want := plainScreen(f, h); screens[i] != want {
			t.Errorf("frame %d replays as\n%q\nwant\n%q", i, screens[i], want)
		}
	}
}

// plainScreen is frame as a terminal h rows tall shows it in text: the
// styling gone, trailing spaces trimmed, empty rows below.
func plainScreen(frame string, h int) string {
	lines := strings.Split(frame, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(strings.NewReplacer("\x1b[1;31m", "", "\x1b[0m", "").Replace(l), " ")
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// MarkerScreens shows what was on screen at each marker.
func TestMarkerScreens(t *testing.T) {
	var buf bytes.Buffer
	cw, err := NewWriter(&buf, Header{Width: 10, Height: 2})
	if err != nil {
		t.Fatal(err)
	}
	must(t, cw.Marker(0, "start"))
	must(t, cw.Output(time.Second, Screen("one")))
	must(t, cw.Marker(time.Second, "1/2"))
	must(t, cw.Output(2*time.Second, Screen("two\nlines")))
	must(t, cw.Marker(3*time.Second, "2/2"))
	rec, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	got, err := rec.MarkerScreens()
	if err != nil {
		t.Fatal(err)
	}
	want := []MarkerScreen{{0, "start", "\n"}, {1, "1/2", "one\n"}, {3, "2/2", "two\nlines"}}
	if len(got) != len(want) {
		t.Fatalf("markers %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("marker %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// A program's queries to the terminal (here: cursor position, background
// colour) do not stall the replay, though nobody answers them; a resize
// event resizes the screen.
func TestScreensWithQueriesAndResize(t *testing.T) {
	cast := `{"version": 2, "width": 10, "height": 2}
[0.1, "o", "\u001b[6n\u001b]11;?\u0007hello"]
[0.2, "r", "4x3"]
[0.3, "o", "\r\nab"]
`
	rec, err := Read(strings.NewReader(cast))
	if err != nil {
		t.Fatal(err)
	}
	screens, err := rec.Screens()
	if err != nil {
		t.Fatal(err)
	}
	if len(screens) != 2 || screens[0] != "hello\n" {
		t.Fatalf("screens %q", screens)
	}
	if lines := strings.Split(screens[1], "\n"); len(lines) != 3 || lines[1] != "ab" {
		t.Errorf("after a resize to 4x3: %q", screens[1])
	}
	bad := &Recording{Header: Header{Version: 2, Width: 10, Height: 2}, Events: []Event{{0, "r", "wide"}}}
	if _, err := bad.Screens(); err == nil || !strings.Contains(err.Error(), `resize "wide"`) {
		t.Errorf("a bad resize: %v", err)
	}
}
