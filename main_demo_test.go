package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"lifesim/asciicast"
)

// The tour (`lifesim demo`) as a presenter and a README reader meet it:
// headless it plays to the end and records a cast that asciinema can
// play; the README's recording is what the tour shows today; a bad script
// is refused with FILE:LINE before anything runs; and the user's store is
// never touched.

// tourCast is the README's recording, and the command that makes it.
const (
	tourCast        = "docs/tour.cast"
	tourCastCommand = "go run . demo --headless --record docs/tour.cast"
)

// readCast reads the asciicast file at path.
func readCast(t *testing.T, path string) *asciicast.Recording {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rec, err := asciicast.Read(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rec
}

// frames are a recording's output events: the frames a headless tour
// drew, without their times.
func frames(rec *asciicast.Recording) []string {
	var out []string
	for _, e := range rec.Events {
		if e.Type == "o" {
			out = append(out, e.Data)
		}
	}
	return out
}

// recordTour runs the tour headless with args and returns its recording.
func recordTour(t *testing.T, args ...string) *asciicast.Recording {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tour.cast")
	r := inProcess(append([]string{"demo", "--headless", "--record", path}, args...)...)
	if r.code != 0 {
		t.Fatalf("demo --headless %v: exit %d\n%s", args, r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "every expect held") {
		t.Errorf("demo --headless %v says:\n%s", args, r.stdout)
	}
	return readCast(t, path)
}

func TestTourCastIsCurrent(t *testing.T) {
	t.Parallel()
	kept := readCast(t, tourCast)
	fresh := recordTour(t, "--size", fmt.Sprintf("%dx%d", kept.Header.Width, kept.Header.Height))
	if !slices.Equal(frames(kept), frames(fresh)) {
		t.Errorf("%s no longer shows what the tour shows (%d frames kept, %d now): regenerate it with\n\t%s",
			tourCast, len(frames(kept)), len(frames(fresh)), tourCastCommand)
	}
	var markers int
	for _, e := range kept.Events {
		if e.Type == "m" {
			markers++
		}
	}
	if markers < 10 || markers > 14 {
		t.Errorf("%s has %d step markers, want 10 to 14 (one per step)", tourCast, markers)
	}
}

// A recording parses (header, times that never go back), and replayed
// through a terminal emulator its last frame is the tour's end: the
// revisit's app at Home and the closing caption.
func TestTourRecordingReplays(t *testing.T) {
	t.Parallel()
	rec := recordTour(t, "--size", "80x24", "--speed", "100")
	if rec.Header.Version != 2 || rec.Header.Width != 80 || rec.Header.Height != 24 || rec.Header.Timestamp == 0 {
		t.Errorf("header = %+v, want version 2, 80×24, a timestamp", rec.Header)
	}
	for i := 1; i < len(rec.Events); i++ {
		if rec.Events[i].Time < rec.Events[i-1].Time {
			t.Fatalf("event %d goes back in time: %v after %v", i, rec.Events[i].Time, rec.Events[i-1].Time)
		}
	}
	screens, err := rec.Screens()
	if err != nil {
		t.Fatal(err)
	}
	if len(screens) == 0 {
		t.Fatal("the recording drew nothing")
	}
	last := screens[len(screens)-1]
	for _, want := range []string{"End of the tour", "New Hope", "My Mini Programs"} {
		if !strings.Contains(last, want) {
			t.Errorf("the last frame lacks %q:\n%s", want, last)
		}
	}
}

// A bad script is refused before anything runs: every bad line as
// FILE:LINE, exit 2, and no recording made.
func TestTourBadScriptExit2(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "bad.tour")
	src := "caption \"Search for a brand.\"\nkey entr\nklick 2\n"
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	cast := filepath.Join(dir, "t.cast")
	r := inProcess("demo", "--headless", "--script", path, "--record", cast)
	if r.code != 2 {
		t.Fatalf("exit %d, want 2\n%s", r.code, r.stderr)
	}
	for _, want := range []string{path + ":2:", path + ":3:"} {
		if !strings.Contains(r.stderr, "lifesim: "+want) {
			t.Errorf("stderr lacks a line starting %q:\n%s", "lifesim: "+want, r.stderr)
		}
	}
	if _, err := os.Stat(cast); err == nil {
		t.Error("a refused script still made a recording")
	}
}

// A script whose expect does not hold stops the tour: headless, exit 1
// naming the line and what was expected.
func TestTourMismatchExit1(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "wrong.tour")
	src := "caption \"Search for a brand.\"\nkey 2\ntype kfc\nexpect \"New Hope Member Service\"\n"
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	r := inProcess("demo", "--headless", "--speed", "100", "--script", path)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", r.code, r.stderr)
	}
	r.oneLine(t, path+":4:", "New Hope Member Service")
}

// The tour never opens the user's store, whether it is named by --db or
// LIFESIM_DB: its bytes are the same after a whole tour.
func TestTourLeavesTheUserStoreAlone(t *testing.T) {
	t.Parallel()
	path := seededStore(t)
	before := sum(t, path)
	r := lifesim(t, t.TempDir(), []string{"LIFESIM_DB=" + path}, "demo", "--headless", "--speed", "100", "--db", path)
	if r.code != 0 {
		t.Fatalf("demo: exit %d\n%s", r.code, r.stderr)
	}
	if sum(t, path) != before {
		t.Error("the tour changed the user's store")
	}
}

// In a terminal, --record keeps exactly what the terminal received, with
// a marker at each step the presenter reached: a space moves on, q ends
// the demo with status 0, and the recording replays to the step shown.
func TestTourRecordsThePresentersTerminal(t *testing.T) {
	t.Parallel()
	cast := filepath.Join(t.TempDir(), "live.cast")
	cmd := exec.Command(os.Args[0], "demo", "--record", cast)
	cmd.Env = []string{childEnv + "=main", noRaceExitSleep, "PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "TERM=xterm-256color"}
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	go func() { _, _ = io.Copy(io.Discard, f) }() // the terminal reads what is drawn
	waitForMarker := func(n int) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second) // a hang, not slowness
		for time.Now().Before(deadline) {
			if b, _ := os.ReadFile(cast); strings.Count(string(b), `, "m", "`) >= n {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("step %d never settled", n)
	}
	waitForMarker(1)
	_, _ = f.WriteString(" ")
	waitForMarker(2)
	_, _ = f.WriteString("q")
	if err := cmd.Wait(); err != nil {
		t.Fatalf("demo in a terminal: %v", err)
	}
	rec := readCast(t, cast)
	if rec.Header.Width != 100 || rec.Header.Height != 30 {
		t.Errorf("header size %dx%d, want the terminal's 100x30", rec.Header.Width, rec.Header.Height)
	}
	ms, err := rec.MarkerScreens()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || !strings.HasPrefix(ms[1].Label, "2. ") {
		t.Fatalf("markers %+v, want steps 1 and 2", ms)
	}
	for _, want := range []string{"2/14", "New Hope Member Service"} {
		if !strings.Contains(ms[1].Screen, want) {
			t.Errorf("the screen at step 2 lacks %q:\n%s", want, ms[1].Screen)
		}
	}
}

// Every bad demo flag is refused before anything runs, with one line
// naming it and exit 2; without a terminal and without --headless the
// tour says what to do, exit 1.
func TestTourBadFlags(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--pace", "fast"}, `--pace "fast": want step or auto`},
		{[]string{"--speed", "0"}, "--speed 0: between 0.25 and 100"},
		{[]string{"--speed", "1000"}, "--speed 1000: between 0.25 and 100"},
		{[]string{"--size", "100x30"}, "--size is for --headless"},
		{[]string{"--headless", "--size", "10x10"}, `--size "10x10": from 40x16 to 400x200`},
		{[]string{"--headless", "--size", "wide"}, `--size "wide": want WIDTHxHEIGHT`},
		{[]string{"--headless", "--record", filepath.Join(dir, "no", "t.cast")}, "does not exist"},
		{[]string{"--headless", "--record", dir}, "is a folder"},
		{[]string{"--script", filepath.Join(dir, "missing.tour")}, "--script:"},
		{[]string{"--print", "--headless"}, "--print takes only --script"},
	} {
		r := inProcess(append([]string{"demo"}, tc.args...)...)
		if r.code != 2 {
			t.Errorf("demo %v: exit %d, want 2\n%s", tc.args, r.code, r.stderr)
			continue
		}
		r.oneLine(t, tc.want)
	}
	r := inProcess("demo")
	if r.code != 1 {
		t.Fatalf("demo without a terminal: exit %d, want 1", r.code)
	}
	r.oneLine(t, "needs a terminal", "--headless")
}

// --print prints the built-in tour, a script that plays: an author's
// starting point.
func TestTourPrintIsAScript(t *testing.T) {
	t.Parallel()
	r := inProcess("--db", filepath.Join(t.TempDir(), "unused.db"), "demo", "--print")
	if r.code != 0 || !strings.Contains(r.stdout, "caption \"") || !strings.Contains(r.stdout, "clock +1d") {
		t.Fatalf("demo --print: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	path := filepath.Join(t.TempDir(), "mine.tour")
	if err := os.WriteFile(path, []byte(r.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := inProcess("demo", "--headless", "--speed", "100", "--script", path); r.code != 0 {
		t.Fatalf("the printed tour does not play: exit %d\n%s", r.code, r.stderr)
	}
}
