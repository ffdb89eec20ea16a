package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Age renders when t was, relative to now, by the one date rule every
// screen follows: "just now", "5m", "3h", "2d" within a week, then the
// short date of ShortDate ("Dec 22", "Dec 22, 2024"). Mixing the two on
// one card ("2d" beside "2025-12-22") made readers stop and compute.
// A time ahead of now by more than a minute (a clock moved back) is a
// date too: "-3h" means nothing, and a minute covers clock skew.
func Age(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < -time.Minute:
		return ShortDate(t, now)
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d/time.Minute))
	case d < 24*time.Hour:
		return fmt.Sprintf("%dh", int(d/time.Hour))
	case d < 7*24*time.Hour:
		return fmt.Sprintf("%dd", int(d/(24*time.Hour)))
	}
	return ShortDate(t, now)
}

// ShortDate renders t as a short date in now's time zone: "Dec 22", with
// the year only when it is not now's year ("Dec 22, 2024"). Past dates
// older than a week (through Age) and future ones ("valid until Jan 31")
// use it, so every date on screen reads the same way.
func ShortDate(t, now time.Time) string {
	t = t.In(now.Location())
	if t.Year() == now.Year() {
		return t.Format("Jan 2")
	}
	return t.Format("Jan 2, 2006")
}

// countUnits are the suffixes of CompactCount, each a thousand times the
// one before. English readers know K, M and B; "w" (万, ten thousand)
// was misread as thousands.
var countUnits = []string{"", "K", "M", "B", "T"}

// CompactCount renders a counter in three significant digits with an
// English unit: 999, 1.2K, 42.6K, 426K, 1.85M. It rounds half up and
// drops trailing zeros ("1K", never "1.00K"); a count that rounds up to
// the next unit takes that unit (9,995 is "10K", 999,950 is "1M", never
// "1000K").
func CompactCount(n int64) string {
	if n < 0 {
		// uint64 arithmetic, so math.MinInt64 does not overflow
		return "-" + compactCount(-uint64(n))
	}
	return compactCount(uint64(n))
}

func compactCount(n uint64) string {
	if n < 1000 {
		return strconv.FormatUint(n, 10)
	}
	digits := len(strconv.FormatUint(n, 10))
	scale := pow10(digits - 3)
	top := n / scale        // the three leading digits, 100..999
	if n%scale >= scale/2 { // half up
		top++
	}
	if top == 1000 { // 999.5… rounded up: one digit more
		top, digits = 100, digits+1
	}
	unit := min((digits-1)/3, len(countUnits)-1)
	whole := digits - 3*unit // digits before the point: 1..3 (more past T)
	s := strconv.FormatUint(top, 10)
	if whole >= 3 {
		return s + strings.Repeat("0", whole-3) + countUnits[unit]
	}
	frac := strings.TrimRight(s[whole:], "0")
	if frac == "" {
		return s[:whole] + countUnits[unit]
	}
	return s[:whole] + "." + frac + countUnits[unit]
}

// pow10 is 10ⁿ for n ≥ 0.
func pow10(n int) uint64 {
	p := uint64(1)
	for range n {
		p *= 10
	}
	return p
}
