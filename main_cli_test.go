package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"lifesim/cli"
	"lifesim/model"
	"lifesim/store"
)

// The whole command line, in process (run is main without os.Exit): every
// command with every kind of bad flag, argument or value exits 2 with one
// line naming what is wrong and the store as it was; good command lines
// exit 0; failures at run time exit 1.

// subcommands are every command, "" being the app itself.
var subcommands = []string{"", "state", "reset", "personas", "events", "funnel", "sim", "check", "search", "gen", "merchant"}

// inProcess runs lifesim in process with args.
func inProcess(args ...string) result {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return result{stdout: out.String(), stderr: errb.String(), code: code}
}

// cmdline is sub's command line with args after it.
func cmdline(sub string, args ...string) []string {
	if sub == "" {
		return args
	}
	return append([]string{sub}, args...)
}

// seeded is a seeded store made once and copied for each test that needs
// one (seeding takes a while).
var seeded = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "lifesim-cli-test-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "lifesim.db")
	if r := inProcess("--db", path, "state"); r.code != 0 {
		return nil, errors.New(r.stderr)
	}
	// a session in the log, so that events and funnel have output
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return nil, err
	}
	a := model.Actor{Persona: model.DefaultPersona, Session: "s1", At: time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)}
	for _, kind := range []model.EventKind{model.EventAppStart, model.EventAppStop} {
		if err := db.RecordEvent(model.NewEvent(a, kind, string(a.Persona), "", "")); err != nil {
			_ = db.Close()
			return nil, err
		}
	}
	if err := db.Close(); err != nil {
		return nil, err
	}
	return os.ReadFile(path)
})

// seededCopy writes a fresh copy of the seeded store into a temp dir.
func seededCopy(t *testing.T) string {
	t.Helper()
	raw, err := seeded()
	if err != nil {
		t.Fatalf("seeding: %v", err)
	}
	path := filepath.Join(t.TempDir(), "lifesim.db")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// usageCase is a bad command line for one subcommand (or for all when
// subs is nil), with what its error must say.
type usageCase struct {
	name string
	subs []string // nil: every subcommand
	args []string
	want []string
}

var usageCases = []usageCase{
	{"unknown flag", nil, []string{"--bogus"}, []string{"unknown flag: --bogus", "lifesim --help"}},
	// (search takes its query unquoted: it has no stray argument)
	{"stray argument", []string{"", "state", "reset", "personas", "events", "funnel", "sim", "check"}, []string{"extra"}, []string{`"extra"`}},
	{"search without a query", []string{"search"}, nil, []string{"search: the query is empty"}},
	{"search with a blank query", []string{"search"}, []string{"  "}, []string{"search: the query is empty"}},
	{"--now not a time", nil, []string{"--now", "garbage"}, []string{`--now "garbage" is not an RFC3339 time`}},
	{"--now year 9999", nil, []string{"--now", "9999-01-01T00:00:00Z"}, []string{`--now "9999-01-01T00:00:00Z" is outside 2000-01-01 to 2100-12-31`}},
	{"--now before 2000", nil, []string{"--now", "1999-12-31T23:59:59Z"}, []string{"outside 2000-01-01 to 2100-12-31"}},
	{"--now after 2100 in UTC", nil, []string{"--now", "2100-12-31T22:00:00-05:00"}, []string{"outside 2000-01-01 to 2100-12-31"}},
	{"--variant unknown experiment", nil, []string{"--variant", "nokey=x"}, []string{`--variant "nokey=x": unknown experiment "nokey"`}},
	{"--variant unknown arm", nil, []string{"--variant", "collect_guidance=maybe"}, []string{`collect_guidance has no arm "maybe"`}},
	{"--variant without =", nil, []string{"--variant", "collect_guidance"}, []string{`--variant "collect_guidance": want key=value`}},
	// (events --persona filters the log by any id)
	{"--persona unknown", []string{"", "state", "reset", "personas", "funnel", "sim", "check", "search"}, []string{"--persona", "nobody"}, []string{`unknown persona "nobody"`, "lifesim personas"}},
	{"--observer not a bool", []string{""}, []string{"--observer=maybe"}, []string{`"maybe"`, "--observer"}},
	{"unknown command", []string{""}, []string{"bogus"}, []string{`unknown command "bogus"`}},
	{"--json not a bool", []string{"state", "personas", "events", "funnel", "sim", "check", "search"}, []string{"--json=maybe"}, []string{`"maybe"`, "--json"}},
	{"--all not a bool", []string{"reset"}, []string{"--all=maybe"}, []string{`"maybe"`, "--all"}},
	{"events --format", []string{"events"}, []string{"--format", "xml"}, []string{`--format "xml": want jsonl, json or csv`}},
	{"events --since", []string{"events"}, []string{"--since", "garbage"}, []string{`--since "garbage"`}},
	{"events --json --format csv", []string{"events"}, []string{"--json", "--format", "csv"}, []string{`--json and --format "csv" disagree`}},
	{"--format", []string{"funnel", "sim"}, []string{"--format", "xml"}, []string{`--format "xml": want table, json or csv`}},
	{"--json --format csv", []string{"funnel", "sim"}, []string{"--json", "--format", "csv"}, []string{`--json and --format "csv" disagree`}},
	{"--days negative", []string{"funnel", "sim"}, []string{"--days", "-1"}, []string{"--days -1: must be between 0 and 3650"}},
	{"--days too many", []string{"funnel", "sim"}, []string{"--days", "3651"}, []string{"--days 3651: must be between 0 and 3650"}},
	{"--days not a number", []string{"funnel", "sim"}, []string{"--days", "week"}, []string{`"week"`, "--days"}},
	{"funnel --by", []string{"funnel"}, []string{"--by", "persona"}, []string{`--by "persona"`}},
	{"sim --personas negative", []string{"sim"}, []string{"--personas", "-5"}, []string{"--personas -5: must be between 1 and 100000"}},
	{"sim --personas zero", []string{"sim"}, []string{"--personas", "0"}, []string{"--personas 0"}},
	{"sim --personas too many", []string{"sim"}, []string{"--personas", "100001"}, []string{"--personas 100001"}},
	{"sim --sessions", []string{"sim"}, []string{"--sessions", "31"}, []string{"--sessions 31: must be between 1 and 30"}},
	{"sim --seed", []string{"sim"}, []string{"--seed", "-1"}, []string{`"-1"`, "--seed"}},
}

func TestCLIUsageErrorsExit2(t *testing.T) {
	t.Parallel()
	for _, tc := range usageCases {
		subs := tc.subs
		if subs == nil {
			subs = subcommands
		}
		for _, sub := range subs {
			t.Run(strings.TrimSpace(sub+" "+tc.name), func(t *testing.T) {
				t.Parallel()
				// on a store that does not exist: it is not created
				fresh := filepath.Join(t.TempDir(), "new.db")
				r := inProcess(cmdline(sub, append([]string{"--db", fresh}, tc.args...)...)...)
				checkUsage(t, r, tc.want)
				if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("a refused command line created the store (%v)", err)
				}
				// on an existing store: not a byte changes
				path := seededCopy(t)
				before := sum(t, path)
				r = inProcess(cmdline(sub, append([]string{"--db", path}, tc.args...)...)...)
				checkUsage(t, r, tc.want)
				if sum(t, path) != before {
					t.Error("a refused command line changed the store")
				}
			})
		}
	}
}

// events --persona filters the log by any id (sim's are recorded there),
// so an id no persona has is not a mistake but an empty export.
func TestCLIEventsPersonaIsAFilter(t *testing.T) {
	t.Parallel()
	if r := inProcess("events", "--db", seededCopy(t), "--persona", "nobody"); r.code != cli.ExitOK || r.stdout != "" || r.stderr != "" {
		t.Errorf("events --persona nobody: exit %d, output %q\n%s", r.code, r.stdout, r.stderr)
	}
}

// --db "" is a mistake of its own, whatever $HOME and $XDG_DATA_HOME say.
func TestCLIEmptyDB(t *testing.T) {
	for _, sub := range subcommands {
		for _, args := range [][]string{{"--db", ""}, {"--db="}} {
			r := inProcess(cmdline(sub, args...)...)
			checkUsage(t, r, []string{"--db is empty", "file path"})
			if strings.Contains(r.stderr, "unset") {
				t.Errorf("%q %v blames the environment: %s", sub, args, r.stderr)
			}
		}
	}
}

func checkUsage(t *testing.T, r result, want []string) {
	t.Helper()
	if r.code != cli.ExitUsage {
		t.Errorf("exit %d, want %d; stderr:\n%s", r.code, cli.ExitUsage, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout on a usage error: %q", r.stdout)
	}
	r.oneLine(t, want...)
}

func TestCLIGoodCommandLinesExit0(t *testing.T) {
	t.Parallel()
	path := seededCopy(t)
	for _, args := range [][]string{
		{"--help"}, {"state", "--help"}, {"sim", "-h"},
		{"personas"}, {"personas", "--json"},
		{"state"}, {"state", "--json"}, {"--persona", "returning", "state"},
		{"--now", "2100-12-31T23:59:59Z", "state"}, {"--variant", "collect_guidance=off", "state"},
		{"events"}, {"events", "--json"}, {"events", "--format", "csv", "--since", "2026-01-08"},
		{"funnel"}, {"funnel", "--json", "--days", "0"}, {"funnel", "--by", "variant", "--format", "csv", "--days", "3650"},
		{"reset"}, {"check"}, {"check", "--json"},
		{"sim", "--personas", "3", "--sessions", "1", "--days", "0", "--json", "--db", filepath.Join(t.TempDir(), "sim.db")},
	} {
		r := inProcess(append([]string{"--db", path}, args...)...)
		if r.code != cli.ExitOK || r.stderr != "" {
			t.Errorf("%v: exit %d\n%s", args, r.code, r.stderr)
		}
		if r.stdout == "" {
			t.Errorf("%v printed nothing", args)
		}
	}
}

func TestCLIRuntimeFailuresExit1(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	damaged := filepath.Join(dir, "damaged.db")
	if err := os.WriteFile(damaged, bytes.Repeat([]byte("not a store "), 2000), 0o600); err != nil {
		t.Fatal(err)
	}
	locked := seededCopy(t)
	db, err := store.Open(locked, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"damaged store", []string{"--db", damaged, "state"}, []string{damaged}},
		{"damaged store", []string{"--db", damaged, "events"}, []string{damaged}},
		{"damaged store", []string{"--db", damaged, "funnel"}, []string{damaged}},
		{"damaged store", []string{"--db", damaged, "reset"}, []string{damaged}},
		{"damaged store", []string{"--db", damaged, "check"}, []string{damaged}},
		{"locked store", []string{"--db", locked, "state"}, []string{"in use by another lifesim"}},
		{"locked store", []string{"--db", locked, "reset"}, []string{"in use by another lifesim"}},
		{"missing fixtures", []string{"--db", filepath.Join(dir, "x.db"), "--fixtures", filepath.Join(dir, "none"), "personas"}, []string{"does not exist"}},
		{"missing fixtures", []string{"--db", filepath.Join(dir, "x.db"), "--fixtures", filepath.Join(dir, "none"), "--variant", "a=b", "state"}, []string{"does not exist"}},
	} {
		t.Run(tc.name+" "+tc.args[len(tc.args)-1], func(t *testing.T) {
			t.Parallel()
			r := inProcess(tc.args...)
			if r.code != cli.ExitError {
				t.Fatalf("exit %d, want %d\n%s", r.code, cli.ExitError, r.stderr)
			}
			r.oneLine(t, tc.want...)
		})
	}
}

// failingWriter is a disk that is full.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errFull }

var errFull = errors.New("no space left on device")

// Output that cannot be written is a failure: exit 1 with one line, for
// every command that prints, and for --help.
func TestCLIFailedOutputExit1(t *testing.T) {
	t.Parallel()
	path := seededCopy(t)
	for _, args := range [][]string{
		{"--help"}, {"events", "--help"}, {"personas"}, {"personas", "--json"},
		{"state"}, {"state", "--json"}, {"events"}, {"events", "--format", "csv"},
		{"funnel"}, {"funnel", "--json"}, {"funnel", "--format", "csv"}, {"reset"}, {"check"},
		{"sim", "--personas", "2", "--sessions", "1", "--db", filepath.Join(t.TempDir(), "sim.db")},
	} {
		var errb bytes.Buffer
		code := run(append([]string{"--db", path}, args...), failingWriter{}, &errb)
		r := result{stderr: errb.String(), code: code}
		if r.code != cli.ExitError {
			t.Errorf("%v: exit %d to a full disk, want %d\n%s", args, r.code, cli.ExitError, r.stderr)
			continue
		}
		r.oneLine(t, "cannot write the output: no space left on device")
	}
}

// The help says what the flags do: without --now the clock resumes after
// the last event (not at the epoch, as it once claimed), and the ranges
// the checks above enforce are the ones the help gives.
func TestHelpMatchesTheRules(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"one second after the last recorded event", "2000 to 2100 UTC"}},
		{[]string{"sim", "--help"}, []string{"(1 to 100000)", "(1 to 30)", "(0 to 3650)", "--now and --persona do not apply"}},
		{[]string{"funnel", "--help"}, []string{"(0 to 3650)"}},
		{[]string{"events", "--help"}, []string{"jsonl, json (the same) or csv", "YYYY-MM-DD"}},
	} {
		r := inProcess(tc.args...)
		for _, w := range tc.want {
			if !strings.Contains(r.stdout, w) {
				t.Errorf("%v lacks %q", tc.args, w)
			}
		}
	}
}
