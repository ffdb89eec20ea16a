package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"lifesim/cli"
	"lifesim/fixtures"
)

// The command line's Charm manners (fang): --version, completion scripts
// that complete, a man page, and styling that never reaches a pipe or a
// file, with the exit codes and "lifesim: …" lines of before.

func TestVersionFlag(t *testing.T) {
	t.Parallel()
	for _, flag := range []string{"--version", "-v"} {
		r := inProcess(flag)
		if r.code != cli.ExitOK || r.stderr != "" {
			t.Errorf("%s: exit %d\n%s", flag, r.code, r.stderr)
		}
		// a test binary records no VCS information: it says so
		if want := "lifesim version " + cli.Version() + "\n"; r.stdout != want || !strings.Contains(r.stdout, "commit") {
			t.Errorf("%s printed %q, want %q naming the commit", flag, r.stdout, want)
		}
	}
}

func TestCompletionScripts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ shell, want string }{
		{"bash", "complete -o default -F __start_lifesim lifesim"},
		{"zsh", "#compdef lifesim"},
		{"fish", "complete -c lifesim"},
	} {
		r := inProcess("completion", tc.shell)
		if r.code != cli.ExitOK || r.stderr != "" || !strings.Contains(r.stdout, tc.want) {
			t.Errorf("completion %s: exit %d, stderr %q, script lacks %q", tc.shell, r.code, r.stderr, tc.want)
		}
	}
	r := inProcess("completion", "nope")
	checkUsage(t, r, []string{`completion "nope"`, "bash, zsh, fish"})
}

// cobra's __complete is what every shell's script runs: the answers, one
// a line, then ":directive".
func TestCompleteRequest(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"mer"}, []string{"merchant\t"}},
		{[]string{""}, []string{"state\t", "completion\t", "man\t", "serve\t"}},
		{[]string{"merchant", "--"}, []string{"--json\t", "--days\t", "--db\t"}},
		{[]string{"completion", ""}, []string{"bash\t", "zsh\t", "fish\t"}},
	} {
		r := inProcess(append([]string{"__complete"}, tc.args...)...)
		if r.code != cli.ExitOK {
			t.Errorf("__complete %q: exit %d\n%s", tc.args, r.code, r.stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.stdout, "\n"+w) && !strings.HasPrefix(r.stdout, w) {
				t.Errorf("__complete %q lacks %q:\n%s", tc.args, w, r.stdout)
			}
		}
	}
}

// TestBuiltBinary builds lifesim once, as a user would, with a version
// given to the linker.
func TestBuiltBinary(t *testing.T) {
	t.Parallel()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build lifesim with")
	}
	dir := t.TempDir()
	build := exec.Command(goCmd, "build", "-o", filepath.Join(dir, "lifesim"), "-ldflags", "-X lifesim/cli.version=v9.8.7-test", ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Run("version from the linker", func(t *testing.T) {
		out, err := exec.Command(filepath.Join(dir, "lifesim"), "--version").Output()
		if err != nil || !strings.HasPrefix(string(out), "lifesim version v9.8.7-test (commit ") {
			t.Errorf("--version: %v %q", err, out)
		}
	})
	t.Run("bash completes subcommands and flags", func(t *testing.T) {
		bashCompletes(t, dir)
	})
}

// bashCompletes sources `lifesim completion bash` in a bash that reads
// no rc file and asks it what the user's tab would: lifesim is found on
// PATH in dir. It does so without the bash-completion package (the
// script's own fallback) and, where the package is installed, with it.
func bashCompletes(t *testing.T, dir string) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash on PATH")
	}
	const complete = `[ -z "$BASH_COMPLETION" ] || source "$BASH_COMPLETION" || exit 3
source <(lifesim completion bash) || exit 3
COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMP_TYPE=9
COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
__start_lifesim lifesim "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"`
	packages := []string{""} // "": without the package
	for _, p := range []string{"/usr/share/bash-completion/bash_completion", "/etc/bash_completion",
		"/usr/local/share/bash-completion/bash_completion", "/opt/homebrew/share/bash-completion/bash_completion"} {
		if _, err := os.Stat(p); err == nil {
			packages = append(packages, p)
			break
		}
	}
	if len(packages) == 1 {
		t.Log("the bash-completion package is not installed: tried without it only")
	}
	for _, pkg := range packages {
		for _, tc := range []struct {
			words []string
			want  []string
		}{
			{[]string{"lifesim", "mer"}, []string{"merchant"}},
			{[]string{"lifesim", "sta"}, []string{"state"}},
			{[]string{"lifesim", "merchant", "--"}, []string{"--json", "--days"}},
			{[]string{"lifesim", "events", "--fo"}, []string{"--format"}},
			{[]string{"lifesim", "completion", "fi"}, []string{"fish"}},
		} {
			cmd := exec.Command(bash, append([]string{"--norc", "--noprofile", "-c", complete, "bash"}, tc.words...)...)
			cmd.Env = []string{"PATH=" + dir + string(os.PathListSeparator) + os.Getenv("PATH"), "HOME=" + t.TempDir(), "BASH_COMPLETION=" + pkg}
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Errorf("%q (bash-completion %q): %v\n%s", tc.words, pkg, err, out)
				continue
			}
			for _, w := range tc.want {
				if !strings.Contains("\n"+string(out), "\n"+w) {
					t.Errorf("%q (bash-completion %q) completes to %q, want %q among them", tc.words, pkg, strings.Fields(string(out)), w)
				}
			}
		}
	}
}

func TestManPage(t *testing.T) {
	t.Parallel()
	r := inProcess("man")
	if r.code != cli.ExitOK || r.stderr != "" {
		t.Fatalf("man: exit %d\n%s", r.code, r.stderr)
	}
	page := r.stdout
	if !strings.HasPrefix(page, ".TH LIFESIM 1 ") {
		t.Errorf("not a roff man page of section 1:\n%.200s", page)
	}
	for _, sub := range append(subcommands[1:], "serve", "demo", "completion", "man") {
		if !strings.Contains(page, `\fB`+sub+`\fP`) {
			t.Errorf("the page does not name %s", sub)
		}
	}
	for _, want := range []string{".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS", ".SH EXAMPLES", ".SH EXIT STATUS", `\fB--persona\fP`, "2: the command line is wrong",
		// the description's wrapped lines are one paragraph
		"lets you walk Alipay's search"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Contains(page, "%!") {
		t.Errorf("a %% in the text was taken for a format verb:\n%s", page)
	}
}

// Off a terminal (these are buffers) nothing is styled: no escape
// sequence in help, version, scripts or errors, and every error line
// starts "lifesim:", one per problem of a broken world.
func TestNoStylingOffATerminal(t *testing.T) {
	t.Setenv("CLICOLOR_FORCE", "") // which would colour a pipe
	dir := worldDir(t, fixtures.FileGroups, `"members": 12840`, `"members": -1`)
	groups := filepath.Join(dir, fixtures.FileGroups)
	raw, err := os.ReadFile(groups)
	if err != nil {
		t.Fatal(err)
	}
	raw = regexp.MustCompile(`"members": \d+`).ReplaceAll(raw, []byte(`"members": -2`))
	if err := os.WriteFile(groups, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "lifesim.db")
	for _, tc := range []struct {
		args  []string
		code  int
		lines int // of stderr; -1: at least two
	}{
		{[]string{"--help"}, cli.ExitOK, 0},
		{[]string{"merchant", "--help"}, cli.ExitOK, 0},
		{[]string{"--version"}, cli.ExitOK, 0},
		{[]string{"completion", "zsh"}, cli.ExitOK, 0},
		{[]string{"--bogus"}, cli.ExitUsage, 1},
		{[]string{"bogus"}, cli.ExitUsage, 1},
		{[]string{"state", "--now", "garbage"}, cli.ExitUsage, 1},
		{[]string{"--db", db, "--fixtures", filepath.Join(dir, "none"), "state"}, cli.ExitError, 1},
		{[]string{"--db", db, "--fixtures", dir, "state"}, cli.ExitError, -1},
	} {
		r := inProcess(tc.args...)
		if r.code != tc.code {
			t.Errorf("%q: exit %d, want %d\n%s", tc.args, r.code, tc.code, r.stderr)
		}
		if strings.ContainsRune(r.stdout+r.stderr, ansi.ESC) {
			t.Errorf("%q: an escape sequence off a terminal:\n%q\n%q", tc.args, r.stdout, r.stderr)
		}
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		if r.stderr == "" {
			lines = nil
		}
		if tc.lines >= 0 && len(lines) != tc.lines || tc.lines < 0 && (len(lines) < 2 || len(lines) > cli.MaxErrorLines+1) {
			t.Errorf("%q: %d lines of stderr, want %d:\n%s", tc.args, len(lines), tc.lines, r.stderr)
		}
		for _, l := range lines {
			if !strings.HasPrefix(l, "lifesim: ") {
				t.Errorf("%q: a line without the lifesim: prefix: %q", tc.args, l)
			}
		}
	}
	if r := inProcess("--db", db, "--fixtures", dir, "state"); strings.Count(r.stderr, `field "members": must not be negative, got -2`) < 2 {
		t.Errorf("the broken groups are not one line each:\n%s", r.stderr)
	}
}
