package script

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"lifesim/model"
)

// MaxTextRunes bounds a caption, an expect and a type line, in
// characters: two sentences of a caption fit, and no line of text a
// tour shows or checks needs more.
const MaxTextRunes = 280

// quoted reads the arguments of instruction ins as one Go
// double-quoted string ("…" with strconv's escapes) and nothing after
// it, and returns its text.
func quoted(ins, args string) (string, error) {
	if args == "" {
		return "", fmt.Errorf(`%s needs its text in double quotes: %s "…"`, ins, ins)
	}
	if args[0] != '"' {
		return "", fmt.Errorf(`%s needs its text in double quotes, got %s`, ins, clip(args))
	}
	end := closingQuote(args)
	if end < 0 {
		return "", fmt.Errorf(`%s: unterminated quote (no closing ")`, ins)
	}
	if rest := strings.TrimSpace(args[end+1:]); rest != "" {
		return "", fmt.Errorf("%s: unexpected %s after the closing quote", ins, clip(rest))
	}
	s, err := strconv.Unquote(args[:end+1])
	if err != nil {
		return "", fmt.Errorf(`%s: bad escape in %s (Go's: \", \\, \u00e9)`, ins, clip(args[:end+1]))
	}
	return s, nil
}

// closingQuote is the index of the quote closing the one args starts
// with, or -1: a backslash escapes the byte after it.
func closingQuote(args string) int {
	for i := 1; i < len(args); i++ {
		switch args[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

// checkText refuses text a tour may not show or type: empty, too long,
// or holding what the terminal would take for a command (control
// characters, escape sequences, bidirectional overrides) or bytes that
// are not UTF-8. what names the text in the message ("caption").
func checkText(what, s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("%s is empty", what)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("%s is not valid UTF-8", what)
	}
	for i, r := range s {
		if model.CleanLine(string(r)) != string(r) {
			return fmt.Errorf("%s has a control character (%U at character %d): the terminal would take it for a command",
				what, r, utf8.RuneCountInString(s[:i])+1)
		}
	}
	if n := utf8.RuneCountInString(s); n > MaxTextRunes {
		return fmt.Errorf("%s is %d characters; at most %d", what, n, MaxTextRunes)
	}
	return nil
}

// clip quotes s for a message, shortened if long, so a bad line is
// named without flooding the terminal (%q escapes what is not
// printable).
func clip(s string) string {
	const most = 24
	if r := []rune(s); len(r) > most {
		return strconv.Quote(string(r[:most])) + "…"
	}
	return strconv.Quote(s)
}
