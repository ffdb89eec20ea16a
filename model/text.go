package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CleanText makes text from fixtures or users safe to draw: it removes
// terminal escape sequences (CSI, OSC, DCS and the like), C0 and C1 control
// characters and bidirectional overrides, keeping newlines and turning tabs
// into spaces. Invalid UTF-8 becomes U+FFFD. Everything else, including CJK,
// emoji, zero-width joiners and combining marks, is kept.
func CleanText(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == 0x1b: // ESC: skip the whole sequence
			i += escapeLen(s[i:])
			continue
		case isC1Introducer(r):
			i += c1SequenceLen(s[i:], r, size)
			continue
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case isControl(r) || isBidiControl(r):
			// dropped
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// CleanLine is CleanText for single-line fields: newlines become spaces.
func CleanLine(s string) string {
	return strings.ReplaceAll(CleanText(s), "\n", " ")
}

func isClean(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r == 0x1b || r == '\t' || (r != '\n' && isControl(r)) || isBidiControl(r) {
			return false
		}
	}
	return true
}

// isC1Introducer reports whether r is the C1 form of a sequence's
// introducer: CSI, OSC, DCS, SOS, PM or APC.
func isC1Introducer(r rune) bool {
	return r == 0x9b || r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f
}

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (unicode.Is(unicode.Cc, r))
}

// isBidiControl covers the explicit embeddings, overrides and isolates that
// can visually reorder a line (the "Trojan Source" characters).
func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
}

// escapeLen is the byte length of the escape sequence at the start of s
// (which begins with ESC).
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[': // CSI: parameters and intermediates, then a final byte 0x40–0x7e
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return len(s)
	case ']', 'P', 'X', '^', '_': // OSC, DCS, SOS, PM, APC: up to BEL or ST
		return 2 + stringTerminator(s[2:])
	}
	if s[1] >= 0x20 && s[1] <= 0x2f { // nF: intermediates then a final byte
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x30 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return len(s)
	}
	if s[1] >= 0x30 && s[1] <= 0x7e {
		return 2 // two-byte sequences such as ESC c, ESC 7
	}
	return 1 // a stray ESC: drop it alone, keeping what follows
}

func c1SequenceLen(s string, r rune, size int) int {
	if r == 0x9b {
		for i := size; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return len(s)
	}
	return size + stringTerminator(s[size:])
}

// stringTerminator returns how many bytes of s up to and including BEL, ESC \
// or U+009C end a control string; all of s if unterminated.
func stringTerminator(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
	}
	return len(s)
}
