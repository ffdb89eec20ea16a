// Package chart draws the merchant's figures as text: block-element
// sparklines and bars that read without colour, because the numbers are
// printed beside them. `lifesim merchant` and the merchant console both
// draw with it, so a chart looks the same in a terminal and in a report.
// It imports nothing of the UI; styling is the caller's.
package chart

import (
	"math"
	"strings"
)

// sparks are the sparkline's levels, lowest first.
var sparks = []rune("▁▂▃▄▅▆▇█")

// eighths are a bar's partial last cell, one eighth to seven.
var eighths = []rune("▏▎▍▌▋▊▉")

// Spark is one cell per value, scaled so the largest value is a full
// block. A zero (or negative) value is the lowest block and any positive
// value is at least one level above it, so a day with one follow never
// looks like a day with none. All zeros draw as a flat line.
func Spark(values []int64) string {
	var top int64
	for _, v := range values {
		top = max(top, v)
	}
	var b strings.Builder
	for _, v := range values {
		b.WriteRune(sparks[sparkLevel(v, top)])
	}
	return b.String()
}

// sparkLevel is v's index into sparks when the largest value is top:
// zero for nothing, 1..7 for something, rounding up.
func sparkLevel(v, top int64) int {
	if v <= 0 || top <= 0 {
		return 0
	}
	// in floating point so no sum of cents can overflow; exact when the
	// quotient is whole (both sides are whole below 2⁵³)
	n := float64(len(sparks) - 1)
	return max(1, int(math.Ceil(float64(v)*n/float64(top))))
}

// Bar is v as a horizontal bar of exactly width cells (padded with
// spaces), in eighths of a cell, where maxV fills the width. A positive
// value shows at least an eighth; a value above maxV fills the width.
// A width below one is the empty string.
func Bar(v, maxV int64, width int) string {
	if width < 1 {
		return ""
	}
	var e int64 // the bar's length in eighths of a cell
	if v > 0 && maxV > 0 {
		total := float64(width) * 8
		e = int64(max(1, min(total, math.Round(float64(v)*total/float64(maxV)))))
	}
	full, part := int(e/8), int(e%8)
	var b strings.Builder
	b.WriteString(strings.Repeat("█", full))
	cells := full
	if part > 0 {
		b.WriteRune(eighths[part-1])
		cells++
	}
	b.WriteString(strings.Repeat(" ", width-cells))
	return b.String()
}
