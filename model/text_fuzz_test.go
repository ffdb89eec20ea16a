package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// unsafeRune is why r may not reach the terminal: what CleanText promises
// to remove ("" when r is fine).
func unsafeRune(r rune, size int, keepNewline bool) string {
	switch {
	case r == utf8.RuneError && size == 1:
		return "invalid UTF-8"
	case r == '\n' && keepNewline:
		return ""
	case r < 0x20 || r == 0x7f:
		return "C0 control"
	case r >= 0x80 && r < 0xa0:
		return "C1 control"
	case isBidiControl(r):
		return "bidi control"
	}
	return ""
}

// checkClean fails unless s is safe to draw: valid UTF-8, no escape
// sequence (ESC is a C0 control), no C0 or C1 control (but newlines, when
// kept) and no bidi control.
func checkClean(t *testing.T, name, in, s string, keepNewline bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s(%q) = %q: invalid UTF-8", name, in, s)
	}
	for i, r := range s {
		if why := unsafeRune(r, utf8.RuneLen(r), keepNewline); why != "" {
			t.Fatalf("%s(%q) = %q: %s U+%04X at byte %d", name, in, s, why, r, i)
		}
	}
}

// FuzzCleanText: CleanText and CleanLine leave nothing unsafe to draw,
// are idempotent, and CleanLine is one line.
// `go test ./model -run '^$' -fuzz FuzzCleanText`.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{
		"", "plain", "新希望 乳业 👩\u200d💻 e\u0301",
		"\x1b[31mred\x1b[0m", "\x1b]52;c;cm0=\x07paste", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
		"\x1bP+q\x1b\\", "\u009b31m", "\u009dtitle\u009c", "\u202eevil\u2066", "tab\there\r\nline",
		"\x1b", "\x1b[", "\x1b\x1b[2J", "\xff\xfe", "\xc2\x9b2J", "\x1b(B", "a\x00b\x7fc",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		text := CleanText(in)
		checkClean(t, "CleanText", in, text, true)
		if again := CleanText(text); again != text {
			t.Fatalf("CleanText is not idempotent: %q → %q → %q", in, text, again)
		}
		line := CleanLine(in)
		checkClean(t, "CleanLine", in, line, false)
		if strings.Contains(line, "\n") {
			t.Fatalf("CleanLine(%q) = %q: a newline", in, line)
		}
		if again := CleanLine(line); again != line {
			t.Fatalf("CleanLine is not idempotent: %q → %q → %q", in, line, again)
		}
		if len(text) > len(in)*3+3 {
			t.Fatalf("CleanText(%q) grew to %d bytes", in, len(text))
		}
	})
}

// FuzzNormalize: the search normaliser is idempotent, its tokens and
// query words never hold the store's key separator (0x00) or a space, and
// every token of a text matches that text.
// `go test ./model -run '^$' -fuzz FuzzNormalize`.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "KFC", "ＫＦＣ 肯德基", "New Hope Dairy", "新希望乳业", "coffee, tea & cake!!",
		"a\x00b", "\x1b[31mKFC", "ﾃｽﾄ ｶﾀｶﾅ", "İstanbul ǅ", "e\u0301\u0301", "ΣΑΣ", "\u00a0 \u3000 x",
	} {
		f.Add(s, "kfc")
	}
	f.Fuzz(func(t *testing.T, text, query string) {
		n := Normalize(text)
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize is not idempotent: %q → %q → %q", text, n, again)
		}
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", text, n)
		}
		for _, tok := range Tokens(text) {
			if tok == "" || strings.ContainsAny(tok, "\x00 ") {
				t.Fatalf("Tokens(%q) has %q", text, tok)
			}
			if !Matches(tok, text) {
				t.Fatalf("token %q of %q does not match it", tok, text)
			}
		}
		for _, w := range QueryWords(query) {
			if w == "" || strings.ContainsAny(w, "\x00 ") {
				t.Fatalf("QueryWords(%q) has %q", query, w)
			}
		}
		_ = Matches(query, text)
		_ = ScoreMatch(query, text)
		_ = InterestOverlap([]string{query}, text)
	})
}
