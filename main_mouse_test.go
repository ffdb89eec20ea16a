package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"lifesim/launch"
	"lifesim/model"
)

// mouseModes are the sequences that ask a terminal to report button
// presses and the wheel, with SGR coordinates.
var mouseModes = []string{"\x1b[?1002h", "\x1b[?1006h"}

// TestNoMouseFlag: the app asks the terminal for the mouse, and with
// --no-mouse it does not, so the terminal's own selection works.
func TestNoMouseFlag(t *testing.T) {
	t.Parallel()
	for _, noMouse := range []bool{false, true} {
		out := runQuitting(t, noMouse)
		for _, m := range mouseModes {
			if got := strings.Contains(out, m); got == noMouse {
				t.Errorf("--no-mouse=%v: the output asks for %q: %v", noMouse, m, got)
			}
		}
	}
	if f := newRootCmd().Flags().Lookup("no-mouse"); f == nil || f.DefValue != "false" {
		t.Errorf("lifesim has no --no-mouse flag defaulting to false: %+v", f)
	}
}

// runQuitting runs the app on a fresh store until q, and returns what it
// wrote to the terminal.
func runQuitting(t *testing.T, noMouse bool) string {
	t.Helper()
	o := options{db: filepath.Join(t.TempDir(), "lifesim.db"), persona: string(model.DefaultPersona), noMouse: noMouse}
	var out bytes.Buffer
	err := runApp(context.Background(), o, func(*launch.Session) []tea.ProgramOption {
		return []tea.ProgramOption{
			tea.WithInput(strings.NewReader("q")), tea.WithOutput(&out),
			tea.WithWindowSize(100, 30), tea.WithColorProfile(colorprofile.ASCII),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return out.String()
}
