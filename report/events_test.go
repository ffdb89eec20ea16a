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

// A comment or query that starts like a formula opens in a spreadsheet as
// text; the JSONL export keeps it exact.
func TestCSVCellsCannotBeFormulas(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+2", "'=1+2"},
		{"+1", "'+1"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", " =1"}, // details are one clean line: the tab is a space
		{"\r\n=1", " =1"},
		{"kfc", "kfc"},
		{"a=b", "a=b"},
		{"", ""},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		w, err := newCSVEvents(&buf, nil)
		if err != nil {
			t.Fatal(err)
		}
		e := model.Event{Seq: 7, At: time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC), Persona: "newuser", Session: "s",
			Kind: model.EventComment, Target: "post-kfc-crayfish", Detail: tt.in, Value: -3}
		if err := w.Write(e); err != nil || w.Flush() != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[1][8]; got != tt.want {
			t.Errorf("detail %q exported as %q; want %q", tt.in, got, tt.want)
		}
		if got := rows[1][9]; got != "-3" {
			t.Errorf("a number column became %q; want -3", got)
		}

		buf.Reset()
		j := newJSONLEvents(&buf)
		if err := j.Write(e); err != nil {
			t.Fatal(err)
		}
		if want := `"detail":` + quoteJSON(tt.in); tt.in != "" && !strings.Contains(buf.String(), want) {
			t.Errorf("JSONL %s lacks the exact %s", buf.String(), want)
		}
	}
}

// Columns that are not cleaned, like the variants, are neutralised too.
func TestCSVTextNeutralisesEveryFormulaStart(t *testing.T) {
	for _, s := range []string{"=x", "+x", "-x", "@x", "\tx", "\rx"} {
		if got := csvText(s); got != "'"+s {
			t.Errorf("csvText(%q) = %q", s, got)
		}
	}
}

func quoteJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// The CSV header has one column per experiment, sorted by key, whatever
// order the world lists them in; an unknown format is refused.
func TestNewEventWriterFormats(t *testing.T) {
	var buf bytes.Buffer
	exps := []model.Experiment{{Key: "nearby_coupons"}, {Key: "collect_guidance"}}
	w, err := NewEventWriter(&buf, "csv", exps)
	if err != nil || w.Flush() != nil {
		t.Fatal(err)
	}
	head := strings.TrimSpace(buf.String())
	if want := strings.Join(csvColumns, ",") + ",variant:collect_guidance,variant:nearby_coupons,variants"; head != want {
		t.Errorf("header %q\nwant   %q", head, want)
	}
	for _, f := range []string{"jsonl", "json"} {
		if _, err := NewEventWriter(&buf, f, exps); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if _, err := NewEventWriter(&buf, "xml", exps); err == nil {
		t.Error("xml accepted")
	}
}
