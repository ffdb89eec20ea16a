package chart

import (
	"math"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestSpark(t *testing.T) {
	for _, tc := range []struct {
		name   string
		values []int64
		want   string
	}{
		{"none", nil, ""},
		{"all zero is flat", []int64{0, 0, 0}, "▁▁▁"},
		{"the largest is full", []int64{0, 7}, "▁█"},
		{"one step per seventh", []int64{0, 1, 2, 3, 4, 5, 6, 7}, "▁▂▃▄▅▆▇█"},
		{"one follow is above none", []int64{0, 1, 1000}, "▁▂█"},
		{"rounds up", []int64{1, 2, 3}, "▄▆█"},
		{"negatives draw as zero", []int64{-5, 2}, "▁█"},
		{"a single value", []int64{3}, "█"},
		{"huge values do not overflow", []int64{math.MaxInt64, math.MaxInt64 / 2}, "█▅"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Spark(tc.values)
			if got != tc.want {
				t.Errorf("Spark(%v) = %q, want %q", tc.values, got, tc.want)
			}
			if w := lipgloss.Width(got); w != len(tc.values) {
				t.Errorf("Spark(%v) is %d cells wide, want one per value", tc.values, w)
			}
		})
	}
}

func TestBar(t *testing.T) {
	for _, tc := range []struct {
		name   string
		v, max int64
		width  int
		want   string
	}{
		{"nothing is blank", 0, 10, 4, "    "},
		{"no maximum is blank", 3, 0, 4, "    "},
		{"the maximum fills", 10, 10, 4, "████"},
		{"half", 5, 10, 4, "██  "},
		{"eighths", 9, 32, 4, "█▏  "},
		{"a little shows", 1, 1000, 4, "▏   "},
		{"over the maximum fills", 20, 10, 3, "███"},
		{"negative is blank", -1, 10, 2, "  "},
		{"no width", 5, 10, 0, ""},
		{"every eighth", 7, 8, 1, "▉"},
		{"huge values do not overflow", math.MaxInt64 / 2, math.MaxInt64, 2, "█ "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Bar(tc.v, tc.max, tc.width)
			if got != tc.want {
				t.Errorf("Bar(%d, %d, %d) = %q, want %q", tc.v, tc.max, tc.width, got, tc.want)
			}
			if w := lipgloss.Width(got); w != max(tc.width, 0) {
				t.Errorf("Bar(%d, %d, %d) is %d cells wide, want %d", tc.v, tc.max, tc.width, w, tc.width)
			}
		})
	}
}

// TestBarGrows: a larger value never draws a shorter bar.
func TestBarGrows(t *testing.T) {
	prev := -1
	for v := int64(0); v <= 100; v++ {
		n := eighthsOf(Bar(v, 100, 5))
		if n < prev {
			t.Fatalf("Bar(%d) is %d eighths, shorter than Bar(%d)'s %d", v, n, v-1, prev)
		}
		prev = n
	}
	if prev != 40 {
		t.Errorf("Bar(100, 100, 5) is %d eighths, want 40", prev)
	}
}

func eighthsOf(bar string) int {
	n := 0
	for _, r := range bar {
		switch {
		case r == '█':
			n += 8
		case r == ' ':
		default:
			for i, e := range eighths {
				if e == r {
					n += i + 1
				}
			}
		}
	}
	return n
}
