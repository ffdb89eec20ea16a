package draw

import (
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// widthCases are strings whose width the ASCII shortcut could get wrong:
// ASCII next to what joins a cluster (combining marks, variation
// selectors, zero-width joiners), escape sequences whose bytes are
// printable, wide characters, controls.
var widthCases = []string{
	"",
	"plain ascii",
	"e\u0301 combining after ascii",
	"a\u0301",
	"1\ufe0f\u20e3 keycap",
	"#\ufe0f",
	"☺\ufe0f text presentation",
	"👨\u200d👩\u200d👧 family",
	"a\u200db",
	"🇨🇳 flags 🇺🇸",
	"小龙虾 wide",
	"\x1b[1;38;2;10;20;30mstyled\x1b[0m text",
	"\x1b]8;;https://example.com\x07link\x1b]8;;\x07",
	"\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\",
	"\x1bPdcs string\x1b\\after",
	"tab\tand\x7fdel\x00nul",
	"\r\n",
	"two\nlines, the second longer",
	"x\xff\xfe invalid utf-8",
	"\x1b[",
	"trailing a",
	"ä",
	"ascii then 小",
}

func TestWidthIsLipglossWidth(t *testing.T) {
	t.Parallel()
	for _, s := range widthCases {
		if got, want := Width(s), lipgloss.Width(s); got != want {
			t.Errorf("Width(%q) = %d, lipgloss.Width = %d", s, got, want)
		}
	}
}

func TestTruncateIsAnsiTruncate(t *testing.T) {
	t.Parallel()
	for _, s := range widthCases {
		for w := range 12 {
			if got, want := Truncate(s, w, "…"), ansi.Truncate(s, w, "…"); got != want {
				t.Errorf("Truncate(%q, %d) = %q, ansi.Truncate = %q", s, w, got, want)
			}
		}
	}
}

func FuzzWidth(f *testing.F) {
	for _, s := range widthCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Width(s), lipgloss.Width(s); got != want {
			t.Errorf("Width(%q) = %d, lipgloss.Width = %d", s, got, want)
		}
	})
}

func BenchmarkWidth(b *testing.B) {
	line := "\x1b[38;2;120;120;120m09:30  Lin Xiao\x1b[0m                    5G ▂▄▆█ 87%"
	b.Run("draw", func(b *testing.B) {
		for b.Loop() {
			Width(line)
		}
	})
	b.Run("lipgloss", func(b *testing.B) {
		for b.Loop() {
			lipgloss.Width(line)
		}
	})
}
