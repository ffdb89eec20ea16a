package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/cli"
	"lifesim/model"
	"lifesim/store"
)

// `lifesim merchant`, in process: the chain walked as newuser
// through the store with the sources the app writes shows up in the
// merchant's report; the report is read-only; bad command lines exit 2.

// walkDay is the day of the walk, and walkNow a time later that day.
var (
	walkDay = time.Date(2026, 1, 8, 10, 0, 0, 0, time.UTC)
	walkNow = "2026-01-08T12:00:00Z"
)

// walkStore is a seeded store where newuser walked the chain in one
// session: searched "new hope", was shown New Hope Dairy's mini program,
// opened it from search and collected it, opened the account from search
// and followed it, and ordered a week of fresh milk (¥42).
func walkStore(t *testing.T) string {
	t.Helper()
	path := seededCopy(t)
	withStore(t, path, func(db *store.DB) {
		a := actorAt("m1", walkDay)
		step(t, "search", db.RecordEvent(withValue(model.NewEvent(a.next(), model.EventSearch, "", model.SourceSearch, "new hope"), 3)))
		step(t, "impression", db.RecordEvent(model.NewEvent(a.next(), model.EventImpression, "new-hope-dairy", model.SourceSearch, "new-hope-member")))
		_, err := db.OpenMiniProgram(a.next(), "new-hope-member", model.SourceSearch)
		step(t, "open the mini program", err)
		_, err = db.ToggleFavourite(a.next(), "new-hope-member", model.SourceSearch)
		step(t, "collect", err)
		step(t, "open the account", db.OpenedAccount(a.next(), "new-hope-dairy", model.SourceSearch))
		_, err = db.ToggleFollow(a.next(), "new-hope-dairy", model.SourceSearch)
		step(t, "follow", err)
		_, err = db.PlaceOrder(a.next(), milkOrder(), "")
		step(t, "order", err)
	})
	return path
}

// revisit: the next day, in a new session, newuser opens the mini
// program from the Home grid and orders again.
func revisit(t *testing.T, path string) {
	t.Helper()
	withStore(t, path, func(db *store.DB) {
		a := actorAt("m2", walkDay.Add(24*time.Hour))
		_, err := db.OpenMiniProgram(a.next(), "new-hope-member", model.SourceHomeGrid)
		step(t, "revisit", err)
		_, err = db.PlaceOrder(a.next(), milkOrder(), "")
		step(t, "repeat order", err)
	})
}

func milkOrder() model.Order {
	return model.Order{MiniProgramID: "new-hope-member", Lines: []model.OrderLine{{ServiceID: "fresh-milk-week", Qty: 1}}}
}

// walker is newuser in one session, a minute between steps.
type walker struct {
	model.Actor
}

func actorAt(session string, at time.Time) *walker {
	return &walker{model.Actor{Persona: model.DefaultPersona, Session: session, At: at}}
}

func (w *walker) next() model.Actor {
	w.At = w.At.Add(time.Minute)
	return w.Actor
}

func withValue(e model.Event, v int64) model.Event {
	e.Value = v
	return e
}

func withStore(t *testing.T, path string, fn func(*store.DB)) {
	t.Helper()
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fn(db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func step(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// merchantJSON is what the tests read of `merchant --json`.
type merchantJSON struct {
	Account string `json:"account"`
	Name    string `json:"name"`
	Now     string `json:"now"`
	Days    []struct {
		Day             string `json:"day"`
		FollowersGained int    `json:"followers_gained"`
		Collects        int    `json:"collects"`
		Revisits        int    `json:"revisits"`
		Orders          int    `json:"orders"`
	} `json:"days"`
	Totals struct {
		FollowersGained int   `json:"followers_gained"`
		FollowersLost   int   `json:"followers_lost"`
		Collects        int   `json:"collects"`
		Revisits        int   `json:"revisits"`
		Orders          int   `json:"orders"`
		RevenueCents    int64 `json:"revenue_cents"`
	} `json:"totals"`
	FollowsBy  map[string]int `json:"follows_by_origin"`
	CollectsBy map[string]int `json:"collects_by_origin"`
	RevisitsBy map[string]int `json:"revisits_by_source"`
	Funnel     []struct {
		Group string `json:"group"`
		Steps []struct {
			Step  string `json:"step"`
			Count int    `json:"count"`
		} `json:"steps"`
	} `json:"funnel"`
	Posts   []json.RawMessage `json:"posts"`
	Coupons []json.RawMessage `json:"coupons"`
}

func readMerchant(t *testing.T, args ...string) merchantJSON {
	t.Helper()
	r := inProcess(append([]string{"merchant", "new-hope-dairy", "--json"}, args...)...)
	if r.code != cli.ExitOK || r.stderr != "" {
		t.Fatalf("merchant --json: exit %d\n%s", r.code, r.stderr)
	}
	var m merchantJSON
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
		t.Fatalf("merchant --json is not JSON: %v\n%s", err, r.stdout)
	}
	return m
}

// funnelCounts is the "all" group's count per step.
func (m merchantJSON) funnelCounts() []int {
	if len(m.Funnel) == 0 || m.Funnel[0].Group != "all" {
		return nil
	}
	var out []int
	for _, s := range m.Funnel[0].Steps {
		out = append(out, s.Count)
	}
	return out
}

// The "done when": one new follower from search, one collect
// (from search), one order with its revenue, the funnel's touch, open
// and collect/follow; a revisit from the Home grid the next day is a
// revisit, and the order after it a repeat order.
func TestMerchantShowsTheWalk(t *testing.T) {
	t.Parallel()
	path := walkStore(t)
	m := readMerchant(t, "--db", path, "--now", walkNow)
	if m.Account != "new-hope-dairy" || m.Name != "New Hope Dairy" || m.Now != walkNow {
		t.Errorf("account %q, name %q, now %q", m.Account, m.Name, m.Now)
	}
	tot := m.Totals
	if tot.FollowersGained != 1 || tot.FollowersLost != 0 || tot.Collects != 1 || tot.Orders != 1 || tot.RevenueCents != 4200 || tot.Revisits != 0 {
		t.Errorf("totals %+v: want one follower, one collect, one ¥42 order, no revisit", tot)
	}
	if m.FollowsBy["search"] != 1 || m.CollectsBy["search"] != 1 {
		t.Errorf("follows by origin %v, collects by origin %v: want one from search each", m.FollowsBy, m.CollectsBy)
	}
	if len(m.Days) != 7 || m.Days[6].Day != "2026-01-08" || m.Days[6].FollowersGained != 1 || m.Days[6].Orders != 1 {
		t.Errorf("days %+v: want 7, today's with the follow and the order", m.Days)
	}
	if got := m.funnelCounts(); !slices.Equal(got, []int{1, 1, 1, 0, 0}) {
		t.Errorf("funnel %v, want touch, open, collect/follow 1 and no revisit or repeat", got)
	}

	revisit(t, path)
	m = readMerchant(t, "--db", path, "--now", "2026-01-09T12:00:00Z", "--days", "2")
	if m.Totals.Revisits != 1 || m.RevisitsBy["home_grid"] != 1 || m.Totals.Orders != 2 {
		t.Errorf("after the revisit: totals %+v, by source %v", m.Totals, m.RevisitsBy)
	}
	if len(m.Days) != 2 || m.Days[0].FollowersGained != 1 || m.Days[1].Revisits != 1 {
		t.Errorf("after the revisit, 2 days: %+v", m.Days)
	}
	if got := m.funnelCounts(); !slices.Equal(got, []int{1, 1, 1, 1, 1}) {
		t.Errorf("after the revisit and a second order, funnel %v, want every step 1", got)
	}
}

// The table for people after the walk, by golden file (go test -run
// TestMerchantTable -update rewrites testdata/TestMerchantTable.golden).
func TestMerchantTable(t *testing.T) {
	t.Parallel()
	path := walkStore(t)
	r := inProcess("merchant", "new-hope-dairy", "--db", path, "--now", walkNow)
	if r.code != cli.ExitOK || r.stderr != "" {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stdout, "\x1b") {
		t.Error("the table holds an escape sequence off a terminal")
	}
	golden.RequireEqual(t, []byte(r.stdout))
}

// Without an account: the accounts that have a merchant, one a line,
// with their followers in lifesim (newuser's follow counted); as JSON, an
// array.
func TestMerchantListsTheOperators(t *testing.T) {
	t.Parallel()
	before := operators(t, seededCopy(t))
	after := operators(t, walkStore(t))
	if _, ok := before["amy-walks-shanghai"]; ok {
		t.Error("an account without a merchant is listed")
	}
	if _, ok := before["new-hope-dairy"]; !ok {
		t.Fatalf("new-hope-dairy is not listed: %v", before)
	}
	if after["new-hope-dairy"] != before["new-hope-dairy"]+1 {
		t.Errorf("new-hope-dairy's followers %d after newuser followed, %d before: want one more", after["new-hope-dairy"], before["new-hope-dairy"])
	}
	r := inProcess("merchant", "--db", seededCopy(t))
	if r.code != cli.ExitOK || r.stderr != "" {
		t.Fatalf("merchant: exit %d\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(before) {
		t.Errorf("%d lines for %d accounts:\n%s", len(lines), len(before), r.stdout)
	}
	if !strings.Contains(r.stdout, "New Hope Dairy") || !strings.Contains(r.stdout, " followers\n") {
		t.Errorf("the list lacks a name or the followers:\n%s", r.stdout)
	}
}

// operators is `merchant --json` without an account: account → followers.
func operators(t *testing.T, path string) map[string]int64 {
	t.Helper()
	r := inProcess("merchant", "--json", "--db", path)
	if r.code != cli.ExitOK || r.stderr != "" {
		t.Fatalf("merchant --json: exit %d\n%s", r.code, r.stderr)
	}
	var list []struct {
		Account   string `json:"account"`
		Name      string `json:"name"`
		Followers int64  `json:"followers"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, r.stdout)
	}
	out := map[string]int64{}
	for _, o := range list {
		out[o.Account] = o.Followers
	}
	return out
}

// Bad command lines exit 2 with one line naming what is wrong, print
// nothing and leave the store as it was; flag mistakes do not even
// create a missing store.
func TestMerchantUsageErrorsExit2(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		args    []string
		want    []string
		opensDB bool // the mistake is found in the store
	}{
		{"--days zero", []string{"new-hope-dairy", "--days", "0"}, []string{"--days 0: must be between 1 and 366"}, false},
		{"--days too many", []string{"new-hope-dairy", "--days", "367"}, []string{"--days 367: must be between 1 and 366"}, false},
		{"--days negative", []string{"--days", "-1"}, []string{"--days -1"}, false},
		{"--days not a number", []string{"new-hope-dairy", "--days", "week"}, []string{`"week"`, "--days"}, false},
		{"--json not a bool", []string{"new-hope-dairy", "--json=maybe"}, []string{`"maybe"`, "--json"}, false},
		{"unknown flag", []string{"new-hope-dairy", "--format", "csv"}, []string{"unknown flag: --format"}, false},
		{"two accounts", []string{"new-hope-dairy", "kfc"}, []string{`"kfc" is one too many`}, false},
		{"an empty account", []string{""}, []string{"the account is empty"}, false},
		{"unknown account", []string{"x"}, []string{`unknown life account "x"`, "lifesim merchant"}, true},
		{"no merchant", []string{"amy-walks-shanghai"}, []string{`"amy-walks-shanghai" has no merchant`}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if !tc.opensDB {
				fresh := filepath.Join(t.TempDir(), "new.db")
				checkUsage(t, inProcess(append([]string{"merchant", "--db", fresh}, tc.args...)...), tc.want)
				if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("a refused command line created the store (%v)", err)
				}
			}
			path := seededCopy(t)
			before := sum(t, path)
			checkUsage(t, inProcess(append([]string{"merchant", "--db", path}, tc.args...)...), tc.want)
			if sum(t, path) != before {
				t.Error("a refused command line changed the store")
			}
		})
	}
}

// merchant only reads: the report, the list and their JSON leave the
// store file as it was, byte for byte.
func TestMerchantLeavesTheStoreAlone(t *testing.T) {
	t.Parallel()
	path := walkStore(t)
	before := sum(t, path)
	for _, args := range [][]string{
		{"merchant"}, {"merchant", "--json"}, {"merchant", "new-hope-dairy"},
		{"merchant", "new-hope-dairy", "--json", "--days", "366"}, {"merchant", "kfc", "--now", walkNow},
	} {
		r := inProcess(append([]string{"--db", path}, args...)...)
		if r.code != cli.ExitOK || r.stdout == "" {
			t.Errorf("%v: exit %d, %d bytes\n%s", args, r.code, len(r.stdout), r.stderr)
		}
		if sum(t, path) != before {
			t.Fatalf("%v changed the store", args)
		}
	}
}

// A damaged store and output that cannot be written are failures, exit
// 1 with one line.
func TestMerchantRuntimeFailuresExit1(t *testing.T) {
	t.Parallel()
	damaged := filepath.Join(t.TempDir(), "damaged.db")
	if err := os.WriteFile(damaged, bytes.Repeat([]byte("not a store "), 2000), 0o600); err != nil {
		t.Fatal(err)
	}
	r := inProcess("merchant", "new-hope-dairy", "--db", damaged)
	if r.code != cli.ExitError {
		t.Errorf("a damaged store: exit %d, want 1\n%s", r.code, r.stderr)
	}
	r.oneLine(t, damaged)
	path := seededCopy(t)
	for _, args := range [][]string{{"merchant"}, {"merchant", "--json"}, {"merchant", "new-hope-dairy"}, {"merchant", "new-hope-dairy", "--json"}} {
		var errb bytes.Buffer
		code := run(append([]string{"--db", path}, args...), failingWriter{}, &errb)
		r := result{stderr: errb.String(), code: code}
		if r.code != cli.ExitError {
			t.Errorf("%v to a full disk: exit %d, want 1\n%s", args, r.code, r.stderr)
			continue
		}
		r.oneLine(t, "cannot write the output: no space left on device")
	}
}

// The help gives the rule the check enforces.
func TestMerchantHelp(t *testing.T) {
	t.Parallel()
	r := inProcess("merchant", "--help")
	for _, want := range []string{"(1 to 366)", "lifesim merchant new-hope-dairy --json", "Without ACCOUNT"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("merchant --help lacks %q", want)
		}
	}
}
