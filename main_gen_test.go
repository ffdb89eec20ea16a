package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lifesim/cli"
	"lifesim/fixtures"
)

// gen writes a world that the app loads with --fixtures, in which search
// finds a generated brand by its Chinese name; the same flags write the
// same bytes.
func TestGenWritesAWorldTheAppLoads(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "world") // missing: gen creates it
	r := inProcess("gen", "--posts", "300", "--seed", "5", "--out", dir)
	if r.code != cli.ExitOK || r.stderr != "" {
		t.Fatalf("gen: exit %d\n%s", r.code, r.stderr)
	}
	summary := regexp.MustCompile(`^wrote 300 posts, 40 life accounts, 35 mini programs, 60 coupons, 10 groups and 10 personas to ` +
		regexp.QuoteMeta(dir) + ` in \d+\.\ds\n$`)
	if !summary.MatchString(r.stdout) {
		t.Errorf("stdout is not the one-line summary:\n%s", r.stdout)
	}
	again := filepath.Join(t.TempDir(), "again")
	if r := inProcess("gen", "--posts", "300", "--seed", "5", "--out", again); r.code != cli.ExitOK {
		t.Fatalf("gen again: exit %d\n%s", r.code, r.stderr)
	}
	for _, name := range append(append(fixtures.Files(), fixtures.OptionalFiles()...), fixtures.FileManifest) {
		a, errA := os.ReadFile(filepath.Join(dir, name))
		b, errB := os.ReadFile(filepath.Join(again, name))
		if errA != nil || errB != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs of the same command line (%v, %v)", name, errA, errB)
		}
	}
	en, zh := lastAlias(t, dir)
	db := filepath.Join(t.TempDir(), "lifesim.db")
	r = inProcess("--fixtures", dir, "--db", db, "search", zh)
	if r.code != cli.ExitOK || !strings.Contains(r.stdout, en) {
		t.Errorf("search %s on the generated world: exit %d, want %q among\n%s%s", zh, r.code, en, r.stdout, r.stderr)
	}
}

// lastAlias is the last alias group of the world in dir: a generated
// brand, in English and Chinese.
func lastAlias(t *testing.T, dir string) (en, zh string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, fixtures.FileAliases))
	if err != nil {
		t.Fatal(err)
	}
	var groups []struct{ Names []string }
	if err := json.Unmarshal(data, &groups); err != nil || len(groups) == 0 {
		t.Fatalf("aliases.json: %v", err)
	}
	last := groups[len(groups)-1].Names
	return last[0], last[len(last)-1]
}

// A directory that holds anything is refused, unchanged, unless --force.
func TestGenRefusesANonEmptyOut(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	mine := filepath.Join(dir, "mine.txt")
	if err := os.WriteFile(mine, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := inProcess("gen", "--posts", "100", "--out", dir)
	checkUsage(t, r, []string{"--out " + dir + " is not empty", "--force"})
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a refused gen wrote into %s: %d entries", dir, len(entries))
	}
	r = inProcess("gen", "--posts", "100", "--out", dir, "--force")
	if r.code != cli.ExitOK {
		t.Fatalf("gen --force: exit %d\n%s", r.code, r.stderr)
	}
	if data, err := os.ReadFile(mine); err != nil || string(data) != "keep" {
		t.Errorf("gen --force changed a file no world has: %q, %v", data, err)
	}
	if _, err := fixtures.LoadFS(os.DirFS(dir)); err != nil {
		t.Errorf("the world written with --force does not load: %v", err)
	}
}

// Bad command lines exit 2 with one line and write nothing.
func TestGenUsageErrors(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"no --posts", []string{"--seed", "1"}, []string{"--posts is required"}},
		{"no --out", []string{"--posts", "10", "--out", ""}, []string{"--out is required"}},
		{"--posts 0", []string{"--posts", "0"}, []string{"--posts 0: must be between 1 and 1000000"}},
		{"--posts negative", []string{"--posts", "-3"}, []string{"--posts -3"}},
		{"--posts too many", []string{"--posts", "1000001"}, []string{"--posts 1000001"}},
		{"--posts not a number", []string{"--posts", "lots"}, []string{`"lots"`, "--posts"}},
		{"--accounts 0", []string{"--posts", "10", "--accounts", "0"}, []string{"--accounts 0: must be at least 1"}},
		{"--personas too many", []string{"--posts", "10", "--personas", "100001"}, []string{"--personas 100001"}},
		{"--seed negative", []string{"--posts", "10", "--seed", "-1"}, []string{`"-1"`, "--seed"}},
		{"--out a file", []string{"--posts", "10", "--out", file}, []string{file + " is not a directory"}},
		{"stray argument", []string{"--posts", "10", "extra"}, []string{`unknown command "extra"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := append([]string{"gen", "--out", out}, tc.args...)
			checkUsage(t, inProcess(args...), tc.want)
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a refused gen created --out (%v)", err)
			}
		})
	}
}
