package forms

import (
	"strings"
	"testing"
	"time"
)

func TestParseYuan(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in      string
		cents   int64
		problem string // a part of the problem, "" when it parses
	}{
		{"5", 500, ""},
		{"5.5", 550, ""},
		{"5.50", 550, ""},
		{" ¥12.05 ", 1205, ""},
		{"￥3", 300, ""},
		{".5", 50, ""},
		{"0", 0, ""}, // parses; the model says an amount must be more than ¥0
		{"", 0, "needed"},
		{"¥", 0, "needed"},
		{"5.555", 0, "more than two decimals"},
		{"five", 0, `"five" is not an amount`},
		{"5,50", 0, "is not an amount"},
		{"-5", 0, "is not an amount"},
		{".", 0, "is not an amount"},
		{"1.2.3", 0, "is not an amount"},
		{"１２", 0, "is not an amount"}, // full-width digits are not read as a number
		{"12345678901", 0, "far too large"},
	} {
		got, err := parseYuan(c.in)
		switch {
		case c.problem == "" && (err != nil || got != c.cents):
			t.Errorf("parseYuan(%q) = %d, %v; want %d", c.in, got, err, c.cents)
		case c.problem != "" && (err == nil || !strings.Contains(err.Error(), c.problem)):
			t.Errorf("parseYuan(%q) = %d, %v; want a problem with %q", c.in, got, err, c.problem)
		}
	}
}

func TestParseDateAndValidity(t *testing.T) {
	t.Parallel()
	cst := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 1, 8, 9, 30, 0, 0, cst)
	for _, c := range []struct {
		in          string
		from, until time.Time
		problem     string
	}{
		{"2026-01-08", now, time.Date(2026, 1, 8, 23, 59, 59, 0, cst), ""}, // today: from now
		{"2026-02-07", time.Date(2026, 2, 7, 0, 0, 0, 0, cst), time.Date(2026, 2, 7, 23, 59, 59, 0, cst), ""},
		{" 2026-03-01 ", time.Date(2026, 3, 1, 0, 0, 0, 0, cst), time.Date(2026, 3, 1, 23, 59, 59, 0, cst), ""},
		{"", time.Time{}, time.Time{}, "needed, as YYYY-MM-DD"},
		{"2026-1-8", time.Time{}, time.Time{}, "is not a date"},
		{"2026-02-30", time.Time{}, time.Time{}, "is not a date"},
		{"tomorrow", time.Time{}, time.Time{}, `"tomorrow" is not a date as YYYY-MM-DD`},
	} {
		day, err := parseDate(c.in, cst)
		if c.problem != "" {
			if err == nil || !strings.Contains(err.Error(), c.problem) {
				t.Errorf("parseDate(%q) = %v, %v; want a problem with %q", c.in, day, err, c.problem)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseDate(%q): %v", c.in, err)
			continue
		}
		if f := validFrom(day, now); !f.Equal(c.from) {
			t.Errorf("valid from %q = %v, want %v", c.in, f, c.from)
		}
		if u := validUntil(day); !u.Equal(c.until) {
			t.Errorf("valid until %q = %v, want %v", c.in, u, c.until)
		}
	}
}
