package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"lifesim/model"
)

// twoSessions is an analysis of one session that walks the whole chain
// (collecting in its first session, revisiting a day later) under
// collect_guidance=on.
func twoSessions() []model.FunnelGroup {
	at := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	arm := map[string]string{"collect_guidance": "on"}
	ev := func(seq uint64, session string, d time.Duration, kind model.EventKind, src model.Source) model.Event {
		return model.Event{Seq: seq, At: at.Add(d), Persona: "newuser", Session: session, Kind: kind,
			Target: "new-hope-member", Source: src, Variants: arm}
	}
	a := model.NewAnalysis()
	a.Add(
		ev(1, "a", 0, model.EventAppStart, ""),
		ev(2, "a", 10*time.Second, model.EventSearch, model.SourceSearch),
		ev(3, "a", 20*time.Second, model.EventOpenMiniProgram, model.SourceSearch),
		ev(4, "a", 95*time.Second, model.EventCollect, ""),
		ev(5, "b", 24*time.Hour, model.EventAppStart, ""),
		ev(6, "b", 24*time.Hour+time.Second, model.EventOpenMiniProgram, model.SourceHomeGrid),
	)
	return a.Groups(7)
}

func TestFunnelTable(t *testing.T) {
	var b bytes.Buffer
	if err := WriteFunnel(&b, "table", twoSessions(), 7); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"Chain funnel per session", "retention 7d", "Median time from the previous step", "1m15s"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestFunnelJSONAndCSVAgree(t *testing.T) {
	groups := twoSessions()
	var j, c bytes.Buffer
	if err := WriteFunnel(&j, "json", groups, 7); err != nil {
		t.Fatal(err)
	}
	if err := WriteFunnel(&c, "csv", groups, 7); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Days   int `json:"retention_days"`
		Groups []struct {
			Group    string `json:"group"`
			Sessions int    `json:"sessions"`
			Steps    []struct {
				Step  string `json:"step"`
				Count int    `json:"count"`
			} `json:"steps"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(j.Bytes(), &out); err != nil || out.Days != 7 || len(out.Groups) != len(groups) {
		t.Fatalf("json: %v\n%s", err, j.String())
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// a header, then per group one row per step and one for retention
	if want := 1 + len(groups)*(int(model.NumSteps)+1); len(rows) != want {
		t.Fatalf("csv has %d rows, want %d", len(rows), want)
	}
	for i, st := range out.Groups[0].Steps {
		if row := rows[1+i]; row[4] != st.Step || row[5] != itoa(st.Count) {
			t.Errorf("csv row %v disagrees with json step %+v", row, st)
		}
	}
	if last := rows[int(model.NumSteps)+1]; last[4] != "retention_7d" {
		t.Errorf("retention row = %v", last)
	}
}

func TestFunnelUnknownFormat(t *testing.T) {
	if err := WriteFunnel(&bytes.Buffer{}, "xml", nil, 7); err == nil {
		t.Error("xml accepted")
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
