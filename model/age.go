package model

import (
	"fmt"
	"time"
)

// Age renders how long ago t was, relative to now, the way a feed does:
// "just now", "5m", "3h", "2d", or a date for anything older than a week.
func Age(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d/time.Minute))
	case d < 24*time.Hour:
		return fmt.Sprintf("%dh", int(d/time.Hour))
	case d < 7*24*time.Hour:
		return fmt.Sprintf("%dd", int(d/(24*time.Hour)))
	case t.Year() == now.Year():
		return t.Format("Jan 2")
	}
	return t.Format("2006-01-02")
}

// CompactCount renders a counter the way Alipay does: 999, 1.2k, 18.5w
// (w = 万, ten thousand) for large numbers. The one decimal is rounded half
// up, and a count that would round to 10.0k is shown as 1w.
func CompactCount(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d", n)
	case n < 9950:
		return tenths(n, 100) + "k"
	}
	return tenths(n, 1000) + "w"
}

// tenths renders n/(10×unit) with one decimal, rounded half up, dropping a ".0".
func tenths(n, unit int64) string {
	t := n / unit
	if n%unit >= unit/2 {
		t++
	}
	if t%10 == 0 {
		return fmt.Sprintf("%d", t/10)
	}
	return fmt.Sprintf("%d.%d", t/10, t%10)
}
