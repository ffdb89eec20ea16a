package draw

import (
	"strconv"
	"unicode/utf8"

	"lifesim/ui/styles"
)

// Text fields keep their model limit while the persona types: a key that
// would pass it is dropped, and a paste is cut to what fits, with a notice
// saying so (a cut nobody mentions looks like lost text). Limits count
// characters (runes), as the model validates them.

// NearLimit is true from 90% of limit on: the counter turns to the warning
// colour there.
func NearLimit(n, limit int) bool { return n*10 >= limit*9 }

// CountText is a field's count against its limit, "1,234/2,000".
func CountText(n, limit int) string { return Thousands(n) + "/" + Thousands(limit) }

// Counter is CountText styled: dim, the warning colour near the limit and
// the error colour over it. The text itself tells the states apart, so it
// reads the same without colour.
func Counter(st *styles.Styles, n, limit int) string {
	text := CountText(n, limit)
	switch {
	case n > limit:
		return st.Error.Render(text)
	case NearLimit(n, limit):
		return st.Warning.Render(text)
	}
	return st.Subtle.Render(text)
}

// FitPaste cuts text to what fits in a field that holds have characters
// of limit; cut reports whether anything was left out.
func FitPaste(text string, have, limit int) (fit string, cut bool) {
	room := max(limit-have, 0)
	if utf8.RuneCountInString(text) <= room {
		return text, false
	}
	return TrimRunes(text, room), true
}

// TrimRunes is the first n runes of s.
func TrimRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// CutNotice is the notice text for a paste cut to a field's limit.
func CutNotice(limit int) string {
	return "Pasted text cut to " + Thousands(limit) + " characters"
}

// Thousands writes n with thousands separators: 18,421.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	start := 0
	if n < 0 {
		start = 1
	}
	for i := len(s) - 3; i > start; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
