package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"lifesim/launch"
	"lifesim/model"
	"lifesim/store"
)

// lifesimIn runs the command line in-process and returns stdout.
func lifesimIn(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errb)
	err := root.Execute()
	return out.String(), err
}

// loggedStore is a seeded store file with a small event log: the chain
// walked by newuser with collect_guidance=off (two sessions) and a search
// with a comment full of CSV trouble by returning.
func loggedStore(t *testing.T) (string, []model.Event) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lifesim.db")
	s, err := launch.Open(launch.Options{DB: path, Persona: "newuser"})
	if err != nil {
		t.Fatal(err)
	}
	at := s.Settings.Epoch
	_ = s.DB.Close()
	// Written without the app's clock, so each event keeps the time the
	// test gives it (the simulator writes this way too).
	s.DB, err = store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.DB.Close()
	off := model.Actor{Persona: "newuser", Session: "a", At: at, Variants: map[string]string{"collect_guidance": "off"}}
	rec := func(a model.Actor, kind model.EventKind, detail string) {
		if err := s.DB.RecordEvent(model.NewEvent(a, kind, "", model.SourceSearch, detail)); err != nil {
			t.Fatal(err)
		}
	}
	rec(off, model.EventSearch, "New Hope")
	if _, err := s.DB.OpenMiniProgram(off, "new-hope-member", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.ToggleFavourite(off, "new-hope-member", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	off.Session, off.At = "b", at.Add(24*time.Hour)
	if _, err := s.DB.OpenMiniProgram(off, "new-hope-member", model.SourceHomeGrid); err != nil {
		t.Fatal(err)
	}
	on := model.Actor{Persona: "returning", Session: "c", At: at.Add(time.Hour), Variants: map[string]string{"collect_guidance": "on"}}
	rec(on, model.EventSearch, "say \"hi\", then\nnew line")
	evs, err := s.DB.Events(0, 100)
	if err != nil {
		t.Fatal(err)
	}
	return path, evs
}

func TestEventsExportParsesBack(t *testing.T) {
	path, want := loggedStore(t)

	out, err := lifesimIn(t, "--db", path, "events", "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var got []model.Event
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var e model.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		got = append(got, e)
	}
	if len(got) != len(want) {
		t.Fatalf("%d JSONL lines; want %d", len(got), len(want))
	}
	for i := range got {
		if !got[i].At.Equal(want[i].At) || got[i].Seq != want[i].Seq || got[i].Kind != want[i].Kind ||
			got[i].Detail != want[i].Detail || !reflect.DeepEqual(got[i].Variants, want[i].Variants) {
			t.Errorf("line %d = %+v; want %+v", i, got[i], want[i])
		}
	}

	out, err = lifesimIn(t, "--db", path, "events", "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v\n%s", err, out)
	}
	head := rows[0]
	wantHead := []string{"seq", "at", "persona", "session", "kind", "target", "source", "scene", "detail", "value",
		"variant:collect_guidance", "variant:feed_ranking", "variant:life_entry", "variant:pay_success_coupons", "variants"}
	if !reflect.DeepEqual(head, wantHead) {
		t.Fatalf("header %v", head)
	}
	if len(rows) != len(want)+1 {
		t.Fatalf("%d rows; want %d and a header", len(rows)-1, len(want))
	}
	col := func(row []string, name string) string {
		for i, h := range head {
			if h == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	last := rows[len(rows)-1]
	if col(last, "detail") != `say "hi", then new line` || col(last, "variant:collect_guidance") != "on" ||
		col(last, "variants") != "collect_guidance=on" || col(last, "scene") != "1005" {
		t.Errorf("last row %v", last)
	}
	if at, err := time.Parse(time.RFC3339Nano, col(rows[1], "at")); err != nil || !at.Equal(want[0].At) {
		t.Errorf("at %q: %v", col(rows[1], "at"), err)
	}

	// filters: --persona only when given, --since on the simulated clock
	out, _ = lifesimIn(t, "--db", path, "events", "--persona", "returning")
	if n := strings.Count(out, "\n"); n != 1 {
		t.Errorf("--persona returning: %d events\n%s", n, out)
	}
	out, _ = lifesimIn(t, "--db", path, "events", "--since", "2026-01-09T00:00:00+08:00")
	if n := strings.Count(out, "\n"); n != 1 || !strings.Contains(out, `"home_grid"`) {
		t.Errorf("--since: %d events\n%s", n, out)
	}
	for _, args := range [][]string{{"events", "--format", "xml"}, {"events", "--since", "yesterday"}, {"funnel", "--by", "persona"}, {"funnel", "--format", "xml"}} {
		if _, err := lifesimIn(t, append([]string{"--db", path}, args...)...); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%v: error %v; want one line", args, err)
		}
	}
}

func TestFunnelByVariantFormats(t *testing.T) {
	path, _ := loggedStore(t)
	out, err := lifesimIn(t, "--db", path, "funnel", "--by", "variant", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Groups []struct {
			Group    string `json:"group"`
			Sessions int    `json:"sessions"`
			Steps    []struct {
				Count int `json:"count"`
			} `json:"steps"`
		} `json:"groups"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string][]int{}
	for _, g := range rep.Groups {
		c := []int{g.Sessions}
		for _, s := range g.Steps {
			c = append(c, s.Count)
		}
		got[g.Group] = c
	}
	want := map[string][]int{
		"all":                  {3, 2, 1, 1, 1},
		"collect_guidance=off": {2, 1, 1, 1, 1},
		"collect_guidance=on":  {1, 1, 0, 0, 0},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("funnel %v; want %v", got, want)
	}

	out, err = lifesimIn(t, "--db", path, "funnel", "--by", "variant", "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || rows[0][0] != "group" || len(rows) != 1+3*5 {
		t.Fatalf("CSV %d rows, %v:\n%s", len(rows), err, out)
	}
	out, err = lifesimIn(t, "--db", path, "funnel")
	if err != nil || !strings.Contains(out, "revisit later") || strings.Contains(out, "collect_guidance=") {
		t.Errorf("plain funnel, %v:\n%s", err, out)
	}
}

func TestSimIsReproducibleAndSplitsByVariant(t *testing.T) {
	run := func() string {
		out, err := lifesimIn(t, "sim", "--personas", "40", "--seed", "7", "--format", "json")
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	a, b := run(), run()
	if a != b {
		t.Fatal("the same seed gave different funnels")
	}
	for _, arm := range []string{"all", "collect_guidance=on", "collect_guidance=off", "life_entry=messages", "life_entry=tab",
		"pay_success_coupons=on", "pay_success_coupons=off", "feed_ranking=recommended", "feed_ranking=chronological"} {
		if !strings.Contains(a, `"group": "`+arm+`"`) {
			t.Errorf("no %s group:\n%s", arm, a)
		}
	}
	// --db keeps the store, and the sim's personas act in it
	path := filepath.Join(t.TempDir(), "sim.db")
	out, err := lifesimIn(t, "sim", "--personas", "5", "--seed", "1", "--db", path)
	if err != nil || !strings.Contains(out, "kept") {
		t.Fatalf("%v\n%s", err, out)
	}
	if out, err := lifesimIn(t, "--db", path, "events", "--persona", "sim-00005"); err != nil || !strings.Contains(out, `"app_start"`) {
		t.Errorf("sim-00005's events: %v\n%s", err, out)
	}
	if _, err := lifesimIn(t, "sim", "--personas", "0"); err == nil {
		t.Error("--personas 0 accepted")
	}
}

func TestVariantFlag(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lifesim.db")
	for _, tc := range []struct{ arg, want string }{
		{"colour=blue", `unknown experiment "colour"`},
		{"collect_guidance=maybe", `collect_guidance has no arm "maybe" (arms: off, on)`},
		{"collect_guidance", "want key=value"},
	} {
		_, err := lifesimIn(t, "--db", path, "--variant", tc.arg, "state")
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("--variant %s: %v; want one line with %q", tc.arg, err, tc.want)
		}
	}
	if _, err := lifesimIn(t, "--db", path, "--variant", "collect_guidance=off", "--variant", "life_entry=messages", "state"); err != nil {
		t.Errorf("good variants: %v", err)
	}
}
