package uitest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// FrameProblems lists what is wrong with a root frame drawn for a w×h
// terminal: a line wider than w or more than h lines, a phone row whose
// border is not where the phone's corners put it (content pushed it), and
// any terminal control other than SGR styling (see UnsafeControls). It
// returns nil for a good frame.
func FrameProblems(view string, w, h int) []string {
	var out []string
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		out = append(out, fmt.Sprintf("%d lines in a %d-line terminal", len(lines), h))
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			out = append(out, fmt.Sprintf("line %d is %d cells in a %d-cell terminal: %q", i, lw, w, ansi.Strip(l)))
		}
	}
	out = append(out, phoneProblems(ansi.Strip(view))...)
	return append(out, UnsafeControls(view)...)
}

// phoneProblems checks that every row between the phone's top and bottom
// corners has the frame's │ exactly under the corners.
func phoneProblems(plain string) []string {
	lines := strings.Split(plain, "\n")
	top := -1
	for i, l := range lines {
		if strings.Contains(l, "╭") {
			top = i
			break
		}
	}
	if top < 0 {
		return nil // no phone: the "too small" message
	}
	// The phone's top-right corner is the first one after its top-left;
	// the observer panel may draw its own box further right.
	l := lines[top]
	start := strings.Index(l, "╭")
	end := strings.Index(l[start:], "╮")
	if end < 0 {
		return []string{fmt.Sprintf("the phone's top edge has no right corner: %q", l)}
	}
	left := lipgloss.Width(l[:start])
	right := lipgloss.Width(l[:start+end])
	var out []string
	for i := top + 1; i < len(lines); i++ {
		l := lines[i]
		a, b := cellsAt(l, left, right)
		if a == "╰" && b == "╯" {
			return out
		}
		if a != "│" || b != "│" {
			out = append(out, fmt.Sprintf("phone row %d: frame not at cells %d and %d: %q", i, left, right, l))
		}
	}
	return append(out, "the phone has no bottom edge")
}

// cellsAt is the graphemes that start at cells a and b (a < b) of the
// plain line l, "" where none does: ansi.Cut for both in one pass (the
// fuzzer checks a frame per input, and two Cuts a row were a fifth of it).
func cellsAt(l string, a, b int) (ga, gb string) {
	for col := 0; len(l) > 0 && col <= b; {
		g, w := ansi.FirstGraphemeCluster(l, ansi.GraphemeWidth)
		switch col {
		case a:
			ga = g
		case b:
			gb = g
		}
		l = l[len(g):]
		col += w
	}
	return ga, gb
}

// UnsafeControls lists every terminal control in s that styling does not
// explain: escape sequences other than SGR (ESC [ params m) — cursor
// moves, screen clears, OSC titles, hyperlinks and clipboard writes, DCS —
// C0 controls other than newline, C1 controls, bidi overrides and
// isolates, and invalid UTF-8. Lip Gloss emits only SGR, so anything listed
// came from content.
func UnsafeControls(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			if n := sgrLen(s[i:]); n > 0 {
				i += n
				continue
			}
			out = append(out, fmt.Sprintf("escape sequence %q at byte %d", s[i:min(i+12, len(s))], i))
			i++
		case c == '\n':
			i++
		case c < 0x20 || c == 0x7f:
			out = append(out, fmt.Sprintf("C0 control %#02x at byte %d", c, i))
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				out = append(out, fmt.Sprintf("invalid UTF-8 %#02x at byte %d", c, i))
			case r >= 0x80 && r < 0xa0:
				out = append(out, fmt.Sprintf("C1 control U+%04X at byte %d", r, i))
			case isBidi(r):
				out = append(out, fmt.Sprintf("bidi control U+%04X at byte %d", r, i))
			}
			i += size
		}
	}
	return out
}

// sgrLen is the length of the SGR sequence at the start of s, or 0.
func sgrLen(s string) int {
	if len(s) < 3 || s[1] != '[' {
		return 0
	}
	for j := 2; j < len(s); j++ {
		switch c := s[j]; {
		case c >= '0' && c <= '9' || c == ';' || c == ':':
		case c == 'm':
			return j + 1
		default:
			return 0
		}
	}
	return 0
}

func isBidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
}
