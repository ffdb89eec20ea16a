package cli

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"lifesim/model"
)

func TestNowRange(t *testing.T) {
	for _, tc := range []struct {
		now string
		ok  bool
	}{
		{"2026-01-08T09:30:00+08:00", true},
		{"2000-01-01T00:00:00Z", true},
		{"2100-12-31T23:59:59Z", true},
		{"2000-01-01T07:59:59+08:00", false}, // 1999-12-31 in UTC
		{"1999-12-31T23:59:59Z", false},
		{"2101-01-01T00:00:00Z", false},
		{"2100-12-31T23:00:00-05:00", false}, // 2101-01-01 in UTC
		{"9999-01-01T00:00:00Z", false},
		{"garbage", false},
	} {
		_, err := ParseNow(tc.now)
		if (err == nil) != tc.ok {
			t.Errorf("ParseNow(%q) = %v, want ok %v", tc.now, err, tc.ok)
		}
		if err != nil && !errors.As(err, new(UsageError)) {
			t.Errorf("ParseNow(%q): %v is not a usage error", tc.now, err)
		}
	}
}

func TestParseSince(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"", time.Time{}, true},
		{"2026-01-08T09:30:00+08:00", time.Date(2026, 1, 8, 1, 30, 0, 0, time.UTC), true},
		{"2026-01-08", time.Date(2026, 1, 8, 0, 0, 0, 0, time.Local), true},
		{"yesterday", time.Time{}, false},
		{"2026-13-01", time.Time{}, false},
	} {
		got, err := ParseSince(tc.in)
		if (err == nil) != tc.ok || !got.Equal(tc.want) {
			t.Errorf("ParseSince(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
		if err != nil && !errors.As(err, new(UsageError)) {
			t.Errorf("ParseSince(%q): %v is not a usage error", tc.in, err)
		}
	}
}

func TestCheckDays(t *testing.T) {
	for _, tc := range []struct {
		days int
		ok   bool
	}{{0, true}, {7, true}, {MaxDays, true}, {-1, false}, {MaxDays + 1, false}} {
		if err := CheckDays(tc.days); (err == nil) != tc.ok {
			t.Errorf("CheckDays(%d) = %v, want ok %v", tc.days, err, tc.ok)
		}
	}
}

func TestCheckFormatNamesTheChoices(t *testing.T) {
	for _, tc := range []struct {
		format  string
		allowed []string
		want    string // "" for ok
	}{
		{"csv", []string{"table", "json", "csv"}, ""},
		{"xml", []string{"table", "json", "csv"}, `--format "xml": want table, json or csv`},
		{"xml", []string{"jsonl", "csv"}, `want jsonl or csv`},
		{"xml", []string{"jsonl"}, `want jsonl (see`},
	} {
		err := CheckFormat(tc.format, tc.allowed...)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("CheckFormat(%q, %v) = %v", tc.format, tc.allowed, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("CheckFormat(%q, %v) = %v, want %q", tc.format, tc.allowed, err, tc.want)
		}
	}
}

func TestJSONFormat(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		asJSON bool
		want   string // the resolved format, or "!" for a usage error
	}{
		{"no --json keeps --format", []string{"--format", "csv"}, false, "csv"},
		{"--json alone", nil, true, "json"},
		{"--json and the same --format", []string{"--format", "json"}, true, "json"},
		{"--json and another --format", []string{"--format", "csv"}, true, "!"},
	} {
		cmd := &cobra.Command{}
		format := "table"
		cmd.Flags().StringVar(&format, "format", "table", "")
		if err := cmd.Flags().Parse(tc.args); err != nil {
			t.Fatal(err)
		}
		err := JSONFormat(cmd, tc.asJSON, &format, "json")
		if tc.want == "!" {
			if !errors.As(err, new(UsageError)) {
				t.Errorf("%s: %v, want a usage error", tc.name, err)
			}
			continue
		}
		if err != nil || format != tc.want {
			t.Errorf("%s: format %q, %v; want %q", tc.name, format, err, tc.want)
		}
	}
}

func TestCheckPersona(t *testing.T) {
	w := model.World{Personas: []model.Persona{{ID: "newuser"}, {ID: "returning"}}}
	if err := CheckPersona("returning", w); err != nil {
		t.Errorf("a world's persona refused: %v", err)
	}
	err := CheckPersona("ghost", w)
	if !errors.As(err, new(UsageError)) || !strings.Contains(err.Error(), "lifesim personas") {
		t.Errorf("unknown persona: %v", err)
	}
}

// A usage error points to --help unless it already says where to look.
func TestUsageErrorPointsToHelpOnce(t *testing.T) {
	if got := Usagef("--days %d: bad", 9).Error(); got != "--days 9: bad (see lifesim --help)" {
		t.Errorf("got %q", got)
	}
	if got := UnknownPersona("x").Error(); strings.Count(got, "(see ") != 1 || strings.Contains(got, "--help") {
		t.Errorf("got %q", got)
	}
}
