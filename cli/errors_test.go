package cli

import (
	"bytes"
	"strings"
	"testing"
)

type errString string

func (e errString) Error() string { return string(e) }

func TestErrorLinesAreVisible(t *testing.T) {
	var b bytes.Buffer
	PrintError(&b, errString("bad id \"a\x1b]52;c;ZXZpbA==\x07b\u202e\": x\ny\tz"))
	want := "lifesim: bad id \"a\\x1b]52;c;ZXZpbA==\\x07b\\u202e\": x\nlifesim: y\\x09z\n"
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
	b.Reset()
	PrintError(&b, errString(strings.Repeat("p\n", MaxErrorLines+5)))
	if lines := strings.Count(b.String(), "\n"); lines != MaxErrorLines+1 || !strings.Contains(b.String(), "… and 5 more") {
		t.Errorf("not capped:\n%s", b.String())
	}
}

func TestVisibleLeavesPlainTextAlone(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"store /tmp/l.db is damaged", "store /tmp/l.db is damaged"},
		{"新希望 · ★", "新希望 · ★"},
		{"bell\a", `bell\x07`},
		{"bad \xff byte", `bad \xff byte`},
		{"rtl \u202e", `rtl \u202e`},
	} {
		if got := Visible(tc.in); got != tc.want {
			t.Errorf("Visible(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
