package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var cleanTextTests = []struct {
	name, in, want string
}{
	{"empty", "", ""},
	{"plain ASCII", "plain text", "plain text"},

	// CSI
	{"CSI colour", "\x1b[31mred\x1b[0m", "red"},
	{"CSI 256-colour bold", "\x1b[1;38;5;208mbold\x1b[m text", "bold text"},
	{"CSI private mode", "\x1b[?25lhidden", "hidden"},
	{"CSI erase between CJK", "中\x1b[2K文", "中文"},

	// OSC 8 hyperlinks and OSC 52 clipboard, both terminators
	{"OSC 8 with ST", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"},
	{"OSC 8 with BEL", "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07", "click"},
	{"OSC 52 with BEL", "before\x1b]52;c;cm0gLXJmIH4=\x07after", "beforeafter"},
	{"OSC 52 with ST", "before\x1b]52;c;cm0gLXJmIH4=\x1b\\after", "beforeafter"},
	{"OSC title with C1 ST", "a\x1b]0;title\u009cb", "ab"},
	{"DCS with ST", "\x1bPq#0;2;0;0;0\x1b\\x", "x"},
	{"APC with ST", "\x1b_Gi=1;AAAA\x1b\\x", "x"},

	// other ESC sequences
	{"two-byte ESC c", "a\x1bcb", "ab"},
	{"two-byte ESC 7", "a\x1b7b", "ab"},
	{"nF charset designation", "\x1b(Bx", "x"},
	{"stray ESC before CJK keeps the CJK", "a\x1b中b", "a中b"},
	{"doubled ESC before CSI", "\x1b\x1b[31mred", "red"},
	{"ESC before newline keeps the newline", "a\x1b\nb", "a\nb"},

	// C0
	{"BEL, BS and CR dropped", "ding\x07 back\x08space\rreturn", "ding backspacereturn"},
	{"NUL and DEL dropped", "a\x00b\x7fc", "abc"},
	{"tab becomes space", "a\tb\t\tc", "a b  c"},
	{"newline kept", "line1\nline2\n", "line1\nline2\n"},

	// C1
	{"NEL U+0085 dropped", "a\u0085b", "ab"},
	{"C1 CSI U+009B", "\u009b31mred\u009b0m", "red"},
	{"C1 OSC U+009D with BEL", "\u009d52;c;eA==\x07ok", "ok"},
	{"C1 OSC U+009D with ESC \\", "\u009d8;;https://x\x1b\\ok", "ok"},
	{"lone C1 ST U+009C dropped", "a\u009cb", "ab"},

	// bidi controls
	{"RLO U+202E dropped", "abc\u202Edcba", "abcdcba"},
	{"LRI U+2066 and PDI U+2069 dropped", "\u2066x\u2069y", "xy"},
	{"RLM U+200F dropped", "a\u200fb", "ab"},

	// invalid UTF-8
	{"invalid byte", "a\xffb", "a\uFFFDb"},
	{"truncated CJK", "x\xe4\xb8", "x\uFFFD\uFFFD"},
	{"raw 8-bit CSI byte is invalid UTF-8", "a\x9b31mb", "a\uFFFD31mb"},
	{"literal U+FFFD kept", "a\uFFFDb", "a\uFFFDb"},

	// unterminated at the end
	{"lone ESC at end", "text\x1b", "text"},
	{"unterminated CSI", "text\x1b[31", "text"},
	{"unterminated OSC 8", "text\x1b]8;;http://x", "text"},
	{"OSC ending in a lone ESC", "text\x1b]52;c;abc\x1b", "text"},
	{"unterminated C1 CSI", "text\u009b", "text"},
	{"unterminated C1 OSC", "text\u009d0;title", "text"},

	// kept as they are
	{"CJK", "你好，世界", "你好，世界"},
	{"emoji with ZWJ", "👩\u200d💻", "👩\u200d💻"},
	{"emoji with skin tone and flag", "👍🏽🇨🇳", "👍🏽🇨🇳"},
	{"combining acute", "e\u0301", "e\u0301"},
	{"zero-width space", "a\u200bb", "a\u200bb"},
	// and kept when the string also needs cleaning (the slow path)
	{"kept through cleaning", "\x1b[1m👩\u200d💻 e\u0301\u200b中\x1b[0m\t!", "👩\u200d💻 e\u0301\u200b中 !"},
}

func TestCleanText(t *testing.T) {
	for _, tt := range cleanTextTests {
		t.Run(tt.name, func(t *testing.T) {
			got := CleanText(tt.in)
			if got != tt.want {
				t.Fatalf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("output %q is not valid UTF-8", got)
			}
			for _, r := range got {
				if r != '\n' && (isControl(r) || isBidiControl(r)) {
					t.Errorf("output %q still holds %U", got, r)
				}
			}
			if again := CleanText(got); again != got {
				t.Errorf("not idempotent: CleanText(%q) = %q", got, again)
			}
		})
	}
}

func TestCleanLine(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"plain", "plain"},
		{"a\nb", "a b"},
		{"a\r\nb", "a b"},
		{"a\tb\nc", "a b c"},
		{"\x1b[31mx\x1b[0m\n", "x "},
		{"two\n\nlines", "two  lines"},
		{"中\u0085文", "中文"},
	}
	for _, tt := range tests {
		got := CleanLine(tt.in)
		if got != tt.want {
			t.Errorf("CleanLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if strings.Contains(got, "\n") {
			t.Errorf("CleanLine(%q) kept a newline", tt.in)
		}
	}
}
