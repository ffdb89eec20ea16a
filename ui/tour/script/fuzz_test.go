package script

import (
	"strings"
	"testing"
	"unicode/utf8"

	"lifesim/model"
)

// FuzzParse: Parse never panics; what it accepts is safe to show (no
// control character or escape sequence in a caption, an expect or a
// typed text); what it refuses it says in clean lines, each naming the
// file. go test ./ui/tour/script -run '^$' -fuzz FuzzParse
func FuzzParse(f *testing.F) {
	f.Add(BuiltinSource())
	for _, s := range []string{
		"caption \"Hi.\"\nkey enter\ntype New Hope\nwait 1s\nexpect \"x\"\nclock +1d",
		"persona a\nvariant a=b\nsize 40x16\ncaption \"\\x1b[2J\"",
		"caption \"a\\\"b\" c\nkey ctrl+c\nkey f12",
		"type \"\\u202e\"\n\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, err := Parse("f.tour", src)
		if err != nil {
			if s != nil {
				t.Fatal("a script with an error")
			}
			msg := err.Error()
			if model.CleanText(msg) != msg {
				t.Fatalf("the error would put control characters on the terminal: %q", msg)
			}
			for _, line := range strings.Split(msg, "\n") {
				if !strings.HasPrefix(line, "f.tour:") {
					t.Fatalf("an error line without the file: %q", line)
				}
			}
			return
		}
		if len(s.Steps) == 0 {
			t.Fatal("a script with no steps")
		}
		for _, st := range s.Steps {
			checkShown(t, st.Caption)
			for _, a := range st.Do {
				if a.Kind == Expect || a.Kind == Type {
					checkShown(t, a.Text)
				}
			}
		}
	})
}

func checkShown(t *testing.T, s string) {
	t.Helper()
	if s == "" || !utf8.ValidString(s) || model.CleanLine(s) != s || utf8.RuneCountInString(s) > MaxTextRunes {
		t.Fatalf("accepted text that is not safe to show: %q", s)
	}
}
