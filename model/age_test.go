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

	tests := []struct {
		name   string
		t, now time.Time
		want   string
	}{
		{"same instant", now, now, "just now"},
		{"59s", ago(59 * time.Second), now, "just now"},
		{"just under a minute", ago(time.Minute - time.Nanosecond), now, "just now"},
		{"in the future", now.Add(time.Hour), now, "just now"},
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
		{"last year's last minute", time.Date(2025, 12, 31, 23, 59, 0, 0, time.UTC), now, "2025-12-31"},
		{"last year, under a month ago", time.Date(2025, 12, 25, 9, 0, 0, 0, time.UTC), newYear, "2025-12-25"},
		{"last year, under a week ago", time.Date(2025, 12, 31, 9, 0, 0, 0, time.UTC), newYear, "3d"},
		{"years ago", time.Date(2019, 7, 4, 8, 0, 0, 0, time.UTC), now, "2019-07-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Age(tt.t, tt.now); got != tt.want {
				t.Errorf("Age(%v, %v) = %q, want %q", tt.t, tt.now, got, tt.want)
			}
		})
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
		{1000, "1k"},
		{1049, "1k"},
		// Halves round up. The old %.1f of a float gave 1.1k, 1.1k, 1.2k,
		// 1.4k for these four, depending on binary representation.
		{1050, "1.1k"},
		{1150, "1.2k"},
		{1250, "1.3k"},
		{1350, "1.4k"},
		{1999, "2k"},
		{9949, "9.9k"},
		{9950, "1w"}, // never "10k", which %.1f gave for 9999
		{9999, "1w"},
		{10000, "1w"},
		{10499, "1w"},
		{10500, "1.1w"},
		{18500, "1.9w"},
		{123456, "12.3w"},
		{185000, "18.5w"},
		{99499, "9.9w"},
		{99500, "10w"},
		{999999, "100w"},
		{1000000, "100w"},
		{math.MaxInt64, "922337203685477.6w"},
	}
	for _, tt := range tests {
		if got := CompactCount(tt.n); got != tt.want {
			t.Errorf("CompactCount(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
