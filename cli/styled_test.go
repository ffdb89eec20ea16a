package cli

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
)

// RunStyled keeps Run's contract: the same exit codes and "lifesim: …"
// lines, and not one escape sequence when the outputs are not terminals
// (here buffers, as for a pipe or a file).
func TestRunStyledExitCodesAndPlainLines(t *testing.T) {
	t.Setenv("CLICOLOR_FORCE", "") // which would colour a pipe
	full := writerFunc(func([]byte) (int, error) { return 0, errors.New("no space left on device") })
	for _, tc := range []struct {
		name   string
		fail   error
		args   []string
		stdout io.Writer
		code   int
		out    string // a part of stdout
		stderr string // a part of it; "" for none at all
	}{
		{"ok", nil, []string{"report"}, nil, ExitOK, "a report\n", ""},
		{"help", nil, []string{"--help"}, nil, ExitOK, "report", ""},
		{"version", nil, []string{"--version"}, nil, ExitOK, "lifesim version " + Version() + "\n", ""},
		{"unknown flag", nil, []string{"--bogus"}, nil, ExitUsage, "", "lifesim: unknown flag: --bogus (see lifesim --help)\n"},
		{"unknown command", nil, []string{"bogus"}, nil, ExitUsage, "", `lifesim: unknown command "bogus" for "lifesim"`},
		{"bad flag value", nil, []string{"report", "--days", "week"}, nil, ExitUsage, "", `"week"`},
		{"usage error from the command", Usagef("--days 9: no"), []string{"report"}, nil, ExitUsage, "a report", "lifesim: --days 9: no"},
		{"runtime failure", errors.New("store is locked"), []string{"report"}, nil, ExitError, "a report", "lifesim: store is locked\n"},
		{"one line per problem", errors.New("a.json: bad\nb.json: worse"), []string{"report"}, nil, ExitError, "", "lifesim: a.json: bad\nlifesim: b.json: worse\n"},
		{"full disk", nil, []string{"report"}, full, ExitError, "", "lifesim: cannot write the output: no space left on device\n"},
		{"help to a full disk", nil, []string{"--help"}, full, ExitError, "", "lifesim: cannot write the output"},
		{"completion script", nil, []string{"completion", "fish"}, nil, ExitOK, "complete -c lifesim", ""},
		{"bash script with its fallback", nil, []string{"completion", "bash"}, nil, ExitOK, "lifesim: complete without the bash-completion package", ""},
		{"completion script to a full disk", nil, []string{"completion", "bash"}, full, ExitError, "", "lifesim: cannot write the output"},
		{"completion for no shell", nil, []string{"completion", "nope"}, nil, ExitUsage, "", `lifesim: completion "nope": lifesim has scripts for bash, zsh, fish and powershell`},
		{"completion for two shells", nil, []string{"completion", "bash", "zsh"}, nil, ExitUsage, "", `lifesim: unknown command "zsh"`},
		{"man", nil, []string{"man"}, nil, ExitOK, ".TH LIFESIM 1", ""},
		{"man to a full disk", nil, []string{"man"}, full, ExitError, "", "lifesim: cannot write the output"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			stdout := tc.stdout
			if stdout == nil {
				stdout = &out
			}
			code := RunStyled(testRoot(tc.fail), tc.args, stdout, &errb)
			if code != tc.code {
				t.Errorf("exit %d, want %d\n%s", code, tc.code, errb.String())
			}
			if !strings.Contains(out.String(), tc.out) {
				t.Errorf("stdout lacks %q:\n%s", tc.out, out.String())
			}
			if tc.stderr == "" && errb.Len() > 0 || !strings.Contains(errb.String(), tc.stderr) {
				t.Errorf("stderr %q, want %q", errb.String(), tc.stderr)
			}
			for _, l := range strings.SplitAfter(errb.String(), "\n") {
				if l != "" && !strings.HasPrefix(l, "lifesim: ") {
					t.Errorf("a line of stderr does not start lifesim: %q", l)
				}
			}
			if s := out.String() + errb.String(); strings.ContainsRune(s, ansi.ESC) {
				t.Errorf("an escape sequence in output that is not a terminal: %q", s)
			}
		})
	}
}

// On a terminal the help and the "lifesim:" of an error line are in
// colour, and the line, its colour taken off, still starts "lifesim:".
func TestRunStyledColoursATerminal(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	t.Setenv("NO_COLOR", "")
	for _, tc := range []struct {
		name, plain string
		args        []string
		onStdout    bool
	}{
		{"error", "lifesim: store is locked\n", []string{"report"}, false},
		{"help", "USAGE", []string{"--help"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			master, tty, err := pty.Open()
			if err != nil {
				t.Skipf("no pty: %v", err)
			}
			defer master.Close()
			read := make(chan string)
			go func() { read <- readAll(master) }()
			var buf bytes.Buffer
			stdout, stderr := io.Writer(&buf), io.Writer(tty)
			if tc.onStdout {
				stdout, stderr = tty, &buf
			}
			RunStyled(testRoot(errors.New("store is locked")), tc.args, stdout, stderr)
			_ = tty.Close()
			got := <-read
			if !strings.Contains(got, "\x1b[") {
				t.Errorf("no colour on a terminal: %q", got)
			}
			plain := strings.ReplaceAll(ansi.Strip(got), "\r\n", "\n")
			if !strings.Contains(plain, tc.plain) || !tc.onStdout && !strings.HasPrefix(plain, tc.plain) {
				t.Errorf("without colour %q, want %q", plain, tc.plain)
			}
		})
	}
}

// readAll reads a pty's master until the terminal side is closed (EIO on
// Linux, EOF elsewhere).
func readAll(master *os.File) string {
	var b bytes.Buffer
	_, _ = io.Copy(&b, master)
	return b.String()
}
