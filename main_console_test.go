package main

import (
	"path/filepath"
	"testing"

	"lifesim/cli"
)

// lifesim --merchant checks its account before it needs a terminal: an
// unknown one, or one with no merchant, is one line and exit 2; a good
// one gets as far as wanting a terminal (exit 1).
func TestMerchantConsoleFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lifesim.db")
	for _, tc := range []struct {
		name    string
		account string
		code    int
		want    []string
	}{
		{"unknown account", "ghost", cli.ExitUsage, []string{`unknown life account "ghost"`, "lifesim merchant"}},
		{"no merchant", "amy-walks-shanghai", cli.ExitUsage, []string{`"amy-walks-shanghai" has no merchant`}},
		{"an operator", "new-hope-dairy", cli.ExitError, []string{"needs a terminal"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := lifesim(t, t.TempDir(), nil, "--db", db, "--merchant", tc.account)
			if r.code != tc.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", r.code, tc.code, r.stderr)
			}
			r.oneLine(t, tc.want...)
		})
	}
}
