package main

import (
	"bytes"
	"crypto/sha256"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/cli"
	"lifesim/store"
)

// childEnv makes the test binary act as something else when re-executed:
// "main" runs lifesim itself (so tests see real exit codes and streams),
// "durability" runs the headless app of main_durability_test.go, "signal"
// the one of main_signals_test.go.
const childEnv = "LIFESIM_TEST_CHILD"

// noRaceExitSleep stops a -race child from sleeping a second at exit (the
// race runtime's default, to let reports finish).
const noRaceExitSleep = "GORACE=atexit_sleep_ms=0"

func TestMain(m *testing.M) {
	switch os.Getenv(childEnv) {
	case "main":
		main()
		os.Exit(0)
	case "durability":
		os.Exit(durabilityChild())
	case "signal":
		os.Exit(signalChild())
	}
	os.Exit(m.Run())
}

// result is what a run of lifesim printed and returned.
type result struct {
	stdout, stderr string
	code           int
	took           time.Duration
}

// lifesim runs the real program in a child process with env added to a
// clean environment (no LIFESIM_DB, HOME in a temp dir) and dir as its
// working directory.
func lifesim(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append([]string{childEnv + "=main", noRaceExitSleep, "PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	cmd.Stdin = nil // /dev/null: not a terminal
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), took: time.Since(start)}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return r
}

// oneLine fails unless stderr is exactly one "lifesim: …" line holding
// every one of want.
func (r result) oneLine(t *testing.T, want ...string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "lifesim: ") {
		t.Errorf("stderr is not one \"lifesim: …\" line:\n%s", r.stderr)
	}
	for _, w := range want {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
		}
	}
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// seededStore creates a seeded store file with `lifesim state` and returns
// its path.
func seededStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lifesim.db")
	if r := lifesim(t, t.TempDir(), nil, "--db", path, "state"); r.code != 0 {
		t.Fatalf("state on a new store: %d %s", r.code, r.stderr)
	}
	return path
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lifesim.db")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"ok", []string{"--db", db, "personas"}, cli.ExitOK, nil},
		{"unknown flag", []string{"--db", db, "--bogus"}, cli.ExitUsage, []string{"unknown flag: --bogus", "lifesim --help"}},
		{"stray argument", []string{"--db", db, "state", "extra"}, cli.ExitUsage, []string{`unknown command "extra"`}},
		{"bad --now", []string{"--db", db, "--now", "tomorrow", "state"}, cli.ExitUsage, []string{`--now "tomorrow" is not an RFC3339 time`}},
		{"unknown persona", []string{"--db", db, "--persona", "ghost", "state"}, cli.ExitUsage, []string{`unknown persona "ghost"`, "lifesim personas"}},
		{"no terminal", []string{"--db", db}, cli.ExitError, []string{"needs a terminal", "lifesim state"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := lifesim(t, dir, nil, tc.args...)
			if r.code != tc.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", r.code, tc.code, r.stderr)
			}
			if tc.code == cli.ExitOK {
				if r.stderr != "" {
					t.Errorf("stderr on success: %s", r.stderr)
				}
				return
			}
			r.oneLine(t, tc.want...)
		})
	}
}

// A second lifesim on the same store stops within 2 s with one line that
// names the file and says what to do.
func TestSecondInstanceFailsFast(t *testing.T) {
	path := seededStore(t)
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	before := sum(t, path)
	// in parallel: each waits out the lock timeout
	cases := [][]string{{"state"}, {"reset"}, {"reset", "--all"}}
	results := make([]result, len(cases))
	var wg sync.WaitGroup
	for i, args := range cases {
		wg.Go(func() { results[i] = lifesim(t, t.TempDir(), nil, append([]string{"--db", path}, args...)...) })
	}
	wg.Wait()
	for i, args := range cases {
		r := results[i]
		if r.code == 0 {
			t.Fatalf("%v succeeded on a locked store", args)
		}
		if r.took > 2*time.Second {
			t.Errorf("%v took %v; want < 2s", args, r.took)
		}
		r.oneLine(t, path, "in use by another lifesim", "close it")
	}
	if sum(t, path) != before {
		t.Error("the locked store was changed")
	}
	if m, _ := filepath.Glob(path + ".bak-*"); len(m) > 0 {
		t.Errorf("reset --all moved a store in use aside: %v", m)
	}
}

// Truncated, random, foreign and future-schema files: one line, non-zero,
// the file untouched; `reset --all` is the way out and keeps the old file.
func TestDamagedStoreFiles(t *testing.T) {
	good := seededStore(t)
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	foreign := filepath.Join(dir, "foreign.db")
	bdb, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("settings"))
		return err
	})
	bdb.Close()
	future := write("future.db", raw)
	bdb, err = bolt.Open(future, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("meta")).Put([]byte("schema_version"), []byte("99")) })
	bdb.Close()

	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(i*7919 + i>>3)
	}
	for _, tc := range []struct {
		name, path string
		want       []string
	}{
		{"truncated", write("truncated.db", raw[:len(raw)/3]), []string{"damaged or not a lifesim database", "reset --all --db"}},
		{"half a page", write("short.db", raw[:1000]), []string{"damaged or not a lifesim database"}},
		{"random bytes", write("random.db", random), []string{"damaged or not a lifesim database"}},
		{"text", write("notes.db", []byte("shopping list\n")), []string{"damaged or not a lifesim database"}},
		{"foreign bbolt", foreign, []string{"another program", "untouched"}},
		{"future schema", future, []string{`schema version "99"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := sum(t, tc.path)
			for _, args := range [][]string{{"state"}, {"reset"}, {"personas"}} {
				r := lifesim(t, dir, nil, append([]string{"--db", tc.path}, args...)...)
				if args[0] == "personas" {
					continue // reads only the world, never the store
				}
				if r.code != cli.ExitError {
					t.Fatalf("%v: exit %d, want %d\n%s", args, r.code, cli.ExitError, r.stderr)
				}
				r.oneLine(t, append([]string{tc.path}, tc.want...)...)
			}
			if sum(t, tc.path) != before {
				t.Fatal("the file was changed")
			}
			// the explicit way out
			r := lifesim(t, dir, nil, "--db", tc.path, "reset", "--all")
			if r.code != 0 {
				t.Fatalf("reset --all: %d\n%s", r.code, r.stderr)
			}
			baks, _ := filepath.Glob(tc.path + ".bak-*")
			if len(baks) != 1 || sum(t, baks[0]) != before {
				t.Fatalf("reset --all did not keep the old file aside: %v", baks)
			}
			if r := lifesim(t, dir, nil, "--db", tc.path, "state"); r.code != 0 {
				t.Fatalf("state after reset --all: %d\n%s", r.code, r.stderr)
			}
		})
	}
}

// The store and its directory are created owner-only, whatever the umask.
func TestFilesAreOwnerOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "lifesim")
	path := filepath.Join(dir, "lifesim.db")
	if r := lifesim(t, t.TempDir(), nil, "--db", path, "state"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if r := lifesim(t, t.TempDir(), nil, "--db", path, "reset", "--all"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	baks, _ := filepath.Glob(path + ".bak-*")
	check := map[string]os.FileMode{dir: 0o700, filepath.Dir(dir): 0o700, path: 0o600}
	for _, b := range baks {
		check[b] = 0o600
	}
	if len(baks) != 1 {
		t.Errorf("backups: %v", baks)
	}
	for p, want := range check {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %v, want %v", p, got, want)
		}
	}
}

// No home directory, and a data directory that cannot be created: one
// clear line, and no store left in the working directory.
func TestMissingOrUnwritableDataDir(t *testing.T) {
	cwd := t.TempDir()
	cmd := exec.Command(os.Args[0], "state")
	cmd.Dir = cwd
	cmd.Env = []string{childEnv + "=main", noRaceExitSleep, "PATH=" + os.Getenv("PATH")}
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	r := result{stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != cli.ExitError {
		t.Fatalf("no HOME: %v\n%s", err, r.stderr)
	}
	r.oneLine(t, "no data directory", "--db")
	if entries, _ := os.ReadDir(cwd); len(entries) > 0 {
		t.Errorf("something was written to the working directory: %v", entries)
	}

	file := filepath.Join(t.TempDir(), "plain-file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	r = lifesim(t, cwd, []string{"XDG_DATA_HOME=" + file}, "state")
	if r.code != cli.ExitError {
		t.Fatalf("data dir under a file: exit %d\n%s", r.code, r.stderr)
	}
	r.oneLine(t, "cannot create its directory "+filepath.Join(file, "lifesim"), "not a directory")

	if os.Geteuid() != 0 {
		ro := filepath.Join(t.TempDir(), "ro")
		if err := os.Mkdir(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		r = lifesim(t, cwd, []string{"XDG_DATA_HOME=" + ro}, "state")
		if r.code != cli.ExitError {
			t.Fatalf("read-only data dir: exit %d\n%s", r.code, r.stderr)
		}
		r.oneLine(t, "cannot create its directory", "permission denied")
	}
}
