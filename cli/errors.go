package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"lifesim/model"
)

// MaxErrorLines caps how many problems are printed (a broken fixture world
// can have hundreds); the count of the rest is printed instead.
const MaxErrorLines = 30

// PrintError writes err as lines of "lifesim: …": one line for one error,
// one line per problem for a list of them (bad fixtures). Anything that
// could drive the terminal — an escape sequence in a fixture id or a path —
// is shown escaped instead of being sent.
func PrintError(w io.Writer, err error) { printError(w, err, errorPrefix) }

// errorPrefix starts every error line.
const errorPrefix = "lifesim:"

// printError is PrintError with the prefix as given: errorPrefix, or
// errorPrefix styled for a terminal.
func printError(w io.Writer, err error, prefix string) {
	lines := strings.Split(strings.TrimRight(err.Error(), "\n"), "\n")
	for i, l := range lines {
		if i == MaxErrorLines {
			fmt.Fprintf(w, "%s … and %d more\n", prefix, len(lines)-i)
			break
		}
		fmt.Fprintf(w, "%s %s\n", prefix, Visible(l))
	}
}

// Visible escapes control characters, bidi controls and invalid UTF-8 as
// \xNN or \uNNNN, leaving all other text as it is.
func Visible(s string) string {
	if model.CleanLine(s) == s {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case model.CleanLine(string(r)) != string(r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
