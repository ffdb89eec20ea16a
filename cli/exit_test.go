package cli

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"syscall"
	"testing"

	"github.com/spf13/cobra"
)

// testRoot is a command line like lifesim's: a root with a flag and a
// subcommand that prints, fails or refuses a value as told.
func testRoot(fail error) *cobra.Command {
	root := &cobra.Command{Use: "lifesim", SilenceUsage: true, SilenceErrors: true, Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return nil }}
	root.PersistentFlags().Int("days", 7, "")
	sub := &cobra.Command{Use: "report", Args: cobra.NoArgs, RunE: func(cmd *cobra.Command, _ []string) error {
		if _, err := io.WriteString(cmd.OutOrStdout(), "a report\n"); err != nil {
			return err
		}
		return fail
	}}
	root.AddCommand(sub)
	return root
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func TestRunExitCodes(t *testing.T) {
	full := writerFunc(func([]byte) (int, error) { return 0, errors.New("no space left on device") })
	closed := writerFunc(func([]byte) (int, error) { return 0, syscall.EPIPE })
	for _, tc := range []struct {
		name   string
		fail   error
		args   []string
		stdout io.Writer
		code   int
		stderr string // a part of it; "" for none at all
	}{
		{"ok", nil, []string{"report"}, nil, ExitOK, ""},
		{"unknown flag", nil, []string{"--bogus"}, nil, ExitUsage, "lifesim: unknown flag: --bogus (see lifesim --help)"},
		{"bad flag value", nil, []string{"report", "--days", "week"}, nil, ExitUsage, `"week"`},
		{"stray argument", nil, []string{"report", "extra"}, nil, ExitUsage, `"extra"`},
		{"usage error from the command", Usagef("--days 9: no"), []string{"report"}, nil, ExitUsage, "--days 9: no"},
		{"runtime failure", errors.New("store is locked"), []string{"report"}, nil, ExitError, "lifesim: store is locked\n"},
		{"full disk", nil, []string{"report"}, full, ExitError, "lifesim: cannot write the output: no space left on device"},
		{"help to a full disk", nil, []string{"--help"}, full, ExitError, "cannot write the output"},
		{"closed pipe ends quietly", nil, []string{"report"}, closed, ExitError, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			stdout := tc.stdout
			if stdout == nil {
				stdout = &out
			}
			code := Run(testRoot(tc.fail), tc.args, stdout, &errb)
			if code != tc.code {
				t.Errorf("exit %d, want %d\n%s", code, tc.code, errb.String())
			}
			if tc.stderr == "" && errb.Len() > 0 || !strings.Contains(errb.String(), tc.stderr) {
				t.Errorf("stderr %q, want %q", errb.String(), tc.stderr)
			}
		})
	}
}
