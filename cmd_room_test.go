package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"lifesim/cli"
	"lifesim/model"
	"lifesim/store"
)

// roomRun runs the room's admin command tree on db, as the server runs
// it for one SSH session.
func roomRun(db *store.DB, args ...string) result {
	var out, errb bytes.Buffer
	code := cli.Run(newRoomCmd(db), args, &out, &errb)
	return result{stdout: out.String(), stderr: errb.String(), code: code}
}

// walkChain records one session of persona walking the chain to the
// collect, in arms: what the funnel by variant counts.
func walkChain(t *testing.T, db *store.DB, persona model.PersonaID, session string, arms map[string]string) {
	t.Helper()
	a := model.Actor{Persona: persona, Session: session, At: time.Date(2026, 1, 9, 10, 0, 0, 0, time.UTC), Variants: arms}
	steps := []func() error{
		func() error { return db.RecordEvent(model.NewEvent(a, model.EventAppStart, string(persona), "", "")) },
		func() error {
			e := model.NewEvent(a, model.EventSearch, "", "", "kfc")
			e.Value = 3
			return db.RecordEvent(e)
		},
		func() error { _, err := db.OpenMiniProgram(a, "kfc-ordering", model.SourceSearch); return err },
		func() error { _, err := db.ToggleFavourite(a, "kfc-ordering", model.SourceSearch); return err },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("%s step %d: %v", persona, i, err)
		}
	}
}

// roomStoreWith is a seeded store file with three sessions in two arms
// beside the seeded one, one of them a room's participant's, alice.
func roomStoreWith(t *testing.T) string {
	t.Helper()
	path := seededCopy(t)
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	walkChain(t, db, "newuser", "s2", map[string]string{"collect_guidance": "on"})
	walkChain(t, db, "returning", "s3", map[string]string{"collect_guidance": "off"})
	if _, _, err := db.AddParticipant("alice", model.DefaultPersona); err != nil {
		t.Fatal(err)
	}
	walkChain(t, db, "alice", "s4", map[string]string{"collect_guidance": "off"})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRoomCommandsPrintWhatLocalOnesDo: an admin's events, funnel,
// merchant and state over SSH print byte for byte what the local commands
// print for the same store.
func TestRoomCommandsPrintWhatLocalOnesDo(t *testing.T) {
	path := roomStoreWith(t)
	cases := [][]string{
		{"funnel", "--by", "variant"},
		{"funnel", "--format", "csv", "--days", "3"},
		{"events", "--format", "csv"},
		{"events", "--persona", "returning", "--since", "2026-01-09"},
		{"events", "--json"},
		{"state", "--persona", "returning", "--json"},
		{"state", "--persona", "alice", "--json"},
		{"events", "--persona", "alice", "--format", "csv"},
		{"state", "--persona", "returning"},
		{"state"},
		{"merchant", "kfc", "--json"},
		{"merchant"},
	}
	local := make([]result, len(cases))
	for i, args := range cases {
		if local[i] = inProcess(append([]string{"--db", path}, args...)...); local[i].code != 0 || local[i].stdout == "" {
			t.Fatalf("local %v: %d %q %s", args, local[i].code, local[i].stdout, local[i].stderr)
		}
	}
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, args := range cases {
		r := roomRun(db, args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("room %v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		if r.stdout != local[i].stdout {
			t.Errorf("room %v printed\n%s\nlocally\n%s", args, r.stdout, local[i].stdout)
		}
	}
	if !strings.Contains(local[0].stdout, "collect_guidance=off") {
		t.Errorf("the funnel by variant has no arm rows:\n%s", local[0].stdout)
	}
	// Two of the three walks collect KFC; the returning persona had it
	// collected, so its toggle uncollects.
	if m := local[len(cases)-2].stdout; !strings.Contains(m, `"collects": 2,`) || !strings.Contains(m, `"uncollects": 1,`) {
		t.Errorf("KFC's merchant report lacks the room's collects:\n%s", m)
	}
	if !strings.Contains(local[6].stdout, `"kfc-ordering"`) {
		t.Errorf("alice's state lacks her collect:\n%s", local[6].stdout)
	}
	// the commands leave the server's store open
	if _, err := db.Persona(model.DefaultPersona); err != nil {
		t.Fatalf("the store after the commands: %v", err)
	}
}

// TestRoomCommandLine: the tree's help, and its mistakes exit 2 with one
// line; the room has one store, so the flags that pick another are not
// there.
func TestRoomCommandLine(t *testing.T) {
	db, err := store.Open(seededCopy(t), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, args := range [][]string{nil, {"help"}, {"--help"}} {
		r := roomRun(db, args...)
		if r.code != 0 || !strings.Contains(r.stdout, "funnel") || !strings.Contains(r.stdout, "state") || strings.Contains(r.stdout, "--db") {
			t.Errorf("%v: exit %d, stdout\n%s", args, r.code, r.stdout)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"bogus"}, `unknown command "bogus"`},
		{[]string{"serve"}, `unknown command "serve"`},
		{[]string{"state", "--persona", "ghost"}, `unknown persona "ghost"`},
		{[]string{"funnel", "--db", "/tmp/x.db"}, "unknown flag: --db"},
		{[]string{"events", "--now", "2026-01-08T00:00:00Z"}, "unknown flag: --now"},
		{[]string{"events", "--format", "xml"}, `--format "xml"`},
	} {
		r := roomRun(db, tc.args...)
		if r.code != cli.ExitUsage {
			t.Errorf("%v: exit %d, want %d", tc.args, r.code, cli.ExitUsage)
		}
		r.oneLine(t, tc.want)
	}
}

// TestEventsFollowIsTheRoomsOnly: the local store is read once, so
// --follow there is a mistake that says where it works.
func TestEventsFollowIsTheRoomsOnly(t *testing.T) {
	path := seededCopy(t)
	before := sum(t, path)
	r := inProcess("--db", path, "events", "--follow")
	if r.code != cli.ExitUsage || r.stdout != "" {
		t.Fatalf("local events --follow: exit %d, stdout %q", r.code, r.stdout)
	}
	r.oneLine(t, "--follow", "ssh -p 2323 HOST events --follow")
	if sum(t, path) != before {
		t.Error("the store changed")
	}
}

// TestRoomEventsFollow: events --follow writes the log, then each event
// as it lands (the CSV header once), and returns when the session's
// context ends or when the store closes.
func TestRoomEventsFollow(t *testing.T) {
	for _, end := range []string{"session", "store"} {
		t.Run(end, func(t *testing.T) {
			db, err := store.Open(seededCopy(t), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			root := newRoomCmd(db)
			root.SetContext(ctx)
			pr, pw := io.Pipe()
			code := make(chan int, 1)
			go func() {
				var errb bytes.Buffer
				code <- cli.Run(root, []string{"events", "--format", "csv", "--persona", "newuser", "--follow"}, pw, &errb)
				_ = pw.CloseWithError(io.EOF)
			}()
			lines := bufio.NewScanner(pr)
			// the header and the seeded session's start and stop
			got := readLines(t, lines, 3)
			if !strings.HasPrefix(got[0], "seq,at,persona") || !strings.Contains(got[2], "app_stop") {
				t.Fatalf("before following:\n%s", strings.Join(got, "\n"))
			}
			a := model.Actor{Persona: "returning", Session: "s9", At: time.Date(2026, 1, 9, 10, 0, 0, 0, time.UTC)}
			if err := db.RecordEvent(model.NewEvent(a, model.EventAppStart, "returning", "", "")); err != nil {
				t.Fatal(err) // another persona's: not written
			}
			a.Persona = "newuser"
			if err := db.RecordEvent(model.NewEvent(a, model.EventAppStart, "newuser", "", "")); err != nil {
				t.Fatal(err)
			}
			got = readLines(t, lines, 1)
			if !strings.Contains(got[0], ",newuser,s9,app_start,") {
				t.Fatalf("the landed event: %q", got[0])
			}
			if end == "session" {
				cancel()
			} else {
				_ = db.Close()
			}
			if c := <-code; c != cli.ExitOK {
				t.Fatalf("exit %d", c)
			}
			if lines.Scan() {
				t.Fatalf("more after the end: %q", lines.Text())
			}
		})
	}
}

// readLines reads n lines or fails.
func readLines(t *testing.T, s *bufio.Scanner, n int) []string {
	t.Helper()
	var out []string
	for range n {
		if !s.Scan() {
			t.Fatalf("output ended after %q: %v", out, s.Err())
		}
		out = append(out, s.Text())
	}
	return out
}
