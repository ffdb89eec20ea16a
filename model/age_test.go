package model

import (
	"math"
	"testing"
	"time"
)

func TestAge(t *testing.T) {
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	newYear := time.Date(2026, 1, 3, 9, 0, 0, 0, time.UTC)
	ago := func(d time.Duration) time.Time { return now.Add(-d) }
	day := 24 * time.Hour
	cst := time.FixedZone("CST", 8*3600)

	tests := []struct {
		name   string
		t, now time.Time
		want   string
	}{
		{"same instant", now, now, "just now"},
		{"59s", ago(59 * time.Second), now, "just now"},
		{"just under a minute", ago(time.Minute - time.Nanosecond), now, "just now"},
		{"a minute ahead is clock skew", now.Add(time.Minute), now, "just now"},
		{"further ahead is a date", now.Add(time.Hour), now, "Mar 15"},
		{"next year ahead", time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC), now, "Jan 31, 2027"},
		{"one minute", ago(time.Minute), now, "1m"},
		{"90s rounds down", ago(90 * time.Second), now, "1m"},
		{"59m59s", ago(time.Hour - time.Second), now, "59m"},
		{"one hour", ago(time.Hour), now, "1h"},
		{"2h59m", ago(3*time.Hour - time.Minute), now, "2h"},
		{"23h59m", ago(day - time.Minute), now, "23h"},
		{"one day", ago(day), now, "1d"},
		{"just under a week", ago(7*day - time.Second), now, "6d"},
		{"a week is a date", ago(7 * day), now, "Mar 8"},
		{"a month, same year", ago(30 * day), now, "Feb 13"},
		{"new year's day", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), now, "Jan 1"},
		{"last year's last minute", time.Date(2025, 12, 31, 23, 59, 0, 0, time.UTC), now, "Dec 31, 2025"},
		{"last year, under a month ago", time.Date(2025, 12, 22, 9, 0, 0, 0, time.UTC), newYear, "Dec 22, 2025"},
		{"last year, under a week ago", time.Date(2025, 12, 31, 9, 0, 0, 0, time.UTC), newYear, "3d"},
		{"years ago", time.Date(2019, 7, 4, 8, 0, 0, 0, time.UTC), now, "Jul 4, 2019"},
		// the day and the year are those of the reader's clock: 20:00 UTC
		// on New Year's Eve is already New Year's Day in China
		{"the reader's time zone", time.Date(2025, 12, 31, 20, 0, 0, 0, time.UTC),
			time.Date(2026, 3, 1, 0, 0, 0, 0, cst), "Jan 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Age(tt.t, tt.now); got != tt.want {
				t.Errorf("Age(%v, %v) = %q, want %q", tt.t, tt.now, got, tt.want)
			}
		})
	}
}

func TestShortDate(t *testing.T) {
	now := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 1, 31, 23, 59, 0, 0, time.UTC), "Jan 31"},         // valid until, this year
		{time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC), "Dec 31"},          // the year's last day
		{time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), "Jan 1, 2027"},       // just over the boundary
		{time.Date(2025, 12, 22, 10, 0, 0, 0, time.UTC), "Dec 22, 2025"},   // last year
		{time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "Jan 1"},             // this year's first day
		{time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC), "Jan 8"},            // today
		{time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC), "Feb 29, 2024"},    // a leap day
		{time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC), "Dec 31, 1999"}, // long ago
	}
	for _, tt := range tests {
		if got := ShortDate(tt.t, now); got != tt.want {
			t.Errorf("ShortDate(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

func TestCompactCount(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0"},
		{1, "1"},
		{999, "999"},
		{-5, "-5"},
		{1000, "1K"},
		{1004, "1K"},
		{1005, "1.01K"}, // halves round up
		{1049, "1.05K"},
		{1200, "1.2K"}, // no trailing zero
		{1234, "1.23K"},
		{1999, "2K"},
		{9949, "9.95K"},
		{9994, "9.99K"},
		{9995, "10K"}, // rolls over, never "10.0K"
		{10000, "10K"},
		{10049, "10K"},
		{10050, "10.1K"},
		{42600, "42.6K"},
		{99949, "99.9K"},
		{99950, "100K"},
		{426000, "426K"},
		{999499, "999K"},
		{999500, "1M"}, // never "1000K"
		{999950, "1M"},
		{1000000, "1M"},
		{1850000, "1.85M"},
		{1855000, "1.86M"},
		{3280000, "3.28M"},
		{56800000, "56.8M"},
		{999500000, "1B"},
		{1234567890, "1.23B"},
		{999_500_000_000, "1T"},
		{-1234, "-1.23K"},
		{math.MaxInt64, "9220000T"},
		{math.MinInt64, "-9220000T"},
	}
	for _, tt := range tests {
		if got := CompactCount(tt.n); got != tt.want {
			t.Errorf("CompactCount(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
