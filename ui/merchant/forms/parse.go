package forms

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// What the operator types into the coupon form is text; these turn it
// into the spec's numbers and times, each problem one short phrase the
// form puts after the field's name ("amount: …").

// maxYuanDigits bounds the whole yuan typed, so a long run of digits is
// refused as text rather than overflowing; the model caps the amount
// far below it.
const maxYuanDigits = 9

// errNoAmount is an amount left empty.
var errNoAmount = errors.New("needed, in yuan (like 5 or 5.50)")

// parseYuan reads an amount in yuan, "5", "5.5" or "5.50" (a leading ¥
// and spaces allowed), as cents.
func parseYuan(s string) (int64, error) {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "¥￥"))
	if s == "" {
		return 0, errNoAmount
	}
	whole, frac, dot := strings.Cut(s, ".")
	if !digits(whole) || (dot && !digits(frac)) || (whole == "" && frac == "") {
		return 0, errors.New(strconv.Quote(s) + " is not an amount in yuan (like 5 or 5.50)")
	}
	if len(frac) > 2 {
		return 0, errors.New(strconv.Quote(s) + " has more than two decimals (fen)")
	}
	if len(strings.TrimLeft(whole, "0")) > maxYuanDigits {
		return 0, errors.New(strconv.Quote(s) + " is far too large")
	}
	cents := int64(0)
	for _, r := range whole + (frac + "00")[:2] {
		cents = cents*10 + int64(r-'0')
	}
	return cents, nil
}

// digits reports whether s is only ASCII digits (an empty s is).
func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// dateLayout is how the form shows and reads dates.
const dateLayout = "2006-01-02"

// parseDate reads a YYYY-MM-DD day in loc, as its midnight.
func parseDate(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("needed, as YYYY-MM-DD")
	}
	t, err := time.ParseInLocation(dateLayout, s, loc)
	if err != nil {
		return time.Time{}, errors.New(strconv.Quote(s) + " is not a date as YYYY-MM-DD")
	}
	return t, nil
}

// validFrom is when a coupon typed as starting on day starts: now when
// the day is today (the default), else the day's midnight.
func validFrom(day, now time.Time) time.Time {
	if sameDay(day, now) {
		return now
	}
	return day
}

// validUntil is when a coupon typed as valid until day ends: the day's
// last second, as the world's coupons end (23:59:59).
func validUntil(day time.Time) time.Time {
	return day.AddDate(0, 0, 1).Add(-time.Second)
}

// sameDay reports whether a and b fall on the same day in b's location.
func sameDay(a, b time.Time) bool {
	a = a.In(b.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}
