package script

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// parseStep parses one step: a caption, then body. It fails the test if
// the script does not parse.
func parseStep(t *testing.T, body string) Step {
	t.Helper()
	s, err := Parse("t.tour", []byte("caption \"Hi.\"\n"+body))
	if err != nil {
		t.Fatalf("Parse(%q): %v", body, err)
	}
	return s.Steps[0]
}

// parseErr is the error Parse gives src, which must be one.
func parseErr(t *testing.T, src string) string {
	t.Helper()
	s, err := Parse("tour.txt", []byte(src))
	if err == nil {
		t.Fatalf("Parse(%q) = %+v, want an error", src, s)
	}
	if s != nil {
		t.Errorf("Parse(%q) returned a script with its error", src)
	}
	return err.Error()
}

func TestParseAScript(t *testing.T) {
	src := "\ufeff# a tour\n" +
		"persona returning\r\n" +
		"  variant collect_guidance=on  \n" +
		"variant life_entry=tab\n" +
		"size 100x30\n" +
		"\n" +
		"caption \"Life sits in the centre.\"\n" +
		"key 3\n" +
		"\tkey shift+tab\n" +
		"type New Hope\n" +
		"type \"  two spaces  \"\n" +
		"wait 800ms\n" +
		"expect \"New Hope \\\"Member\\\" Service\"\n" +
		"# a comment inside a step\n" +
		"caption `raw`\n"
	_, err := Parse("tour.txt", []byte(src))
	if err == nil {
		t.Fatal("a backquoted caption parsed; captions are double-quoted")
	}
	src = strings.Replace(src, "caption `raw`", "caption \"A day later.\"\nclock +1d\nclock +90m", 1)
	s, err := Parse("tour.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := &Script{
		Name: "tour.txt",
		Setup: Setup{
			Persona:  "returning",
			Variants: []string{"collect_guidance=on", "life_entry=tab"},
			Width:    100, Height: 30,
		},
		Steps: []Step{
			{Line: 7, Caption: "Life sits in the centre.", Do: []Action{
				{Line: 8, Kind: Key, Key: tea.KeyPressMsg{Code: '3', Text: "3"}},
				{Line: 9, Kind: Key, Key: tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}},
				{Line: 10, Kind: Type, Text: "New Hope"},
				{Line: 11, Kind: Type, Text: "  two spaces  "},
				{Line: 12, Kind: Wait, By: 800 * time.Millisecond},
				{Line: 13, Kind: Expect, Text: `New Hope "Member" Service`},
			}},
			{Line: 15, Caption: "A day later.", Do: []Action{
				{Line: 16, Kind: Clock, By: 24 * time.Hour},
				{Line: 17, Kind: Clock, By: 90 * time.Minute},
			}},
		},
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("Parse =\n%+v\nwant\n%+v", s, want)
	}
}

func TestParseRefusesBadLines(t *testing.T) {
	long := strings.Repeat("a", MaxTextRunes+1)
	tests := []struct {
		name, src, want string
	}{
		{"unknown instruction in a step", "caption \"Hi.\"\nklick enter",
			`tour.txt:2: unknown instruction "klick" (want caption, key, type, wait, expect, clock)`},
		{"unknown instruction in the setup", "Persona returning\ncaption \"Hi.\"",
			`tour.txt:1: unknown instruction "Persona" (want persona, variant, size, caption)`},
		{"setup after the first step", "caption \"Hi.\"\n\npersona returning",
			"tour.txt:3: persona after the first step: setup lines come first"},
		{"size after the first step", "caption \"Hi.\"\nsize 80x24",
			"tour.txt:2: size after the first step: setup lines come first"},
		{"action before a caption", "persona newuser\nkey enter\ncaption \"Hi.\"",
			"tour.txt:2: key before the first caption: a step starts with caption"},
		{"no steps", "# nothing\npersona newuser\n",
			`tour.txt: no steps: a tour needs at least one caption "…"`},
		{"empty file", "", `tour.txt: no steps: a tour needs at least one caption "…"`},

		{"persona without id", "persona\ncaption \"Hi.\"",
			"tour.txt:1: persona needs an argument, e.g. persona returning"},
		{"persona two ids", "persona new user\ncaption \"Hi.\"",
			"tour.txt:1: persona takes one argument, got 2 (e.g. persona returning)"},
		{"persona not an id", "persona Lin\ncaption \"Hi.\"",
			`tour.txt:1: persona "Lin": an id is lowercase letters, digits, - and _ (e.g. returning)`},
		{"persona twice", "persona a\n\npersona b\ncaption \"Hi.\"",
			"tour.txt:3: persona given twice (first on line 1)"},
		{"variant without =", "variant collect_guidance\ncaption \"Hi.\"",
			`tour.txt:1: variant "collect_guidance": want key=arm in lowercase letters, digits, - and _ (e.g. collect_guidance=on)`},
		{"variant empty arm", "variant collect_guidance=\ncaption \"Hi.\"",
			`tour.txt:1: variant "collect_guidance=": want key=arm in lowercase letters, digits, - and _ (e.g. collect_guidance=on)`},
		{"variant key twice", "variant a=on\nvariant b=on\nvariant a=off\ncaption \"Hi.\"",
			"tour.txt:3: variant a given twice (first on line 1)"},
		{"size not WxH", "size 100*30\ncaption \"Hi.\"",
			`tour.txt:1: size "100*30": want WIDTHxHEIGHT in characters, e.g. 100x30`},
		{"size signed", "size +100x30\ncaption \"Hi.\"",
			`tour.txt:1: size "+100x30": want WIDTHxHEIGHT in characters, e.g. 100x30`},
		{"size too small", "size 39x30\ncaption \"Hi.\"",
			"tour.txt:1: size 39x30: want 40x16 to 400x200"},
		{"size too tall", "size 100x201\ncaption \"Hi.\"",
			"tour.txt:1: size 100x201: want 40x16 to 400x200"},

		{"caption unquoted", "caption Hello there",
			`tour.txt:1: caption needs its text in double quotes, got "Hello there"`},
		{"caption missing", "caption",
			`tour.txt:1: caption needs its text in double quotes: caption "…"`},
		{"caption unterminated", "caption \"Hello",
			`tour.txt:1: caption: unterminated quote (no closing ")`},
		{"caption escaped end quote", `caption "Hello\"`,
			`tour.txt:1: caption: unterminated quote (no closing ")`},
		{"caption trailing junk", `caption "Hello" there`,
			`tour.txt:1: caption: unexpected "there" after the closing quote`},
		{"caption bad escape", `caption "a \q b"`,
			`tour.txt:1: caption: bad escape in "\"a \\q b\"" (Go's: \", \\, \u00e9)`},
		{"caption empty", `caption ""`, "tour.txt:1: caption is empty"},
		{"caption blank", `caption "   "`, "tour.txt:1: caption is empty"},
		{"caption escape sequence", `caption "\x1b[2Jgone"`,
			"tour.txt:1: caption has a control character (U+001B at character 1): the terminal would take it for a command"},
		{"caption newline", `caption "two\nlines"`,
			"tour.txt:1: caption has a control character (U+000A at character 4): the terminal would take it for a command"},
		{"caption C1 CSI", `caption "a\u009b2J"`,
			"tour.txt:1: caption has a control character (U+009B at character 2): the terminal would take it for a command"},
		{"caption bidi override", `caption "abc\u202e"`,
			"tour.txt:1: caption has a control character (U+202E at character 4): the terminal would take it for a command"},
		{"line not UTF-8", "caption \"Hi.\"\nexpect \"\xff\"", "tour.txt:2: the line is not valid UTF-8"},
		{"caption escaped not UTF-8", `caption "\xff"`, "tour.txt:1: caption is not valid UTF-8"},
		{"caption too long", `caption "` + long + `"`, "tour.txt:1: caption is 281 characters; at most 280"},

		{"key missing", "caption \"Hi.\"\nkey", "tour.txt:2: key needs a key name, e.g. key enter"},
		{"two keys on a line", "caption \"Hi.\"\nkey down enter",
			"tour.txt:2: key takes one key name, got 2: one key per line"},
		{"unknown key", "caption \"Hi.\"\nkey entr",
			`tour.txt:2: unknown key "entr" (want enter, esc, space, tab, up, f2, ctrl+u … or one character)`},
		{"ctrl+c", "caption \"Hi.\"\nkey ctrl+c", "tour.txt:2: key ctrl+c quits the app: a tour cannot press it"},
		{"f13", "caption \"Hi.\"\nkey f13",
			`tour.txt:2: unknown key "f13" (want enter, esc, space, tab, up, f2, ctrl+u … or one character)`},
		{"f01", "caption \"Hi.\"\nkey f01",
			`tour.txt:2: unknown key "f01" (want enter, esc, space, tab, up, f2, ctrl+u … or one character)`},
		{"ctrl+digit", "caption \"Hi.\"\nkey ctrl+1",
			`tour.txt:2: unknown key "ctrl+1" (want enter, esc, space, tab, up, f2, ctrl+u … or one character)`},
		{"upper-case name", "caption \"Hi.\"\nkey Enter",
			`tour.txt:2: unknown key "Enter" (want enter, esc, space, tab, up, f2, ctrl+u … or one character)`},
		{"control character as a key", "caption \"Hi.\"\nkey \x7f",
			`tour.txt:2: unknown key "\x7f" (want enter, esc, space, tab, up, f2, ctrl+u … or one character)`},

		{"type nothing", "caption \"Hi.\"\ntype", "tour.txt:2: type needs the text to type, e.g. type New Hope"},
		{"type a tab", "caption \"Hi.\"\ntype a\tb",
			"tour.txt:2: type text has a control character (U+0009 at character 2): the terminal would take it for a command"},
		{"type quoted escape", "caption \"Hi.\"\ntype \"a\\x1bb\"",
			"tour.txt:2: type text has a control character (U+001B at character 2): the terminal would take it for a command"},
		{"type quoted empty", "caption \"Hi.\"\ntype \"\"", "tour.txt:2: type text is empty"},
		{"type unterminated", "caption \"Hi.\"\ntype \"New Hope", `tour.txt:2: type: unterminated quote (no closing ")`},
		{"type too long", "caption \"Hi.\"\ntype " + long, "tour.txt:2: type text is 281 characters; at most 280"},

		{"wait missing", "caption \"Hi.\"\nwait", "tour.txt:2: wait needs an argument, e.g. wait 800ms"},
		{"wait no unit", "caption \"Hi.\"\nwait 800", `tour.txt:2: wait "800": not a duration (e.g. 800ms, 2s)`},
		{"wait zero", "caption \"Hi.\"\nwait 0s", "tour.txt:2: wait 0s: must be more than 0"},
		{"wait negative", "caption \"Hi.\"\nwait -1s", "tour.txt:2: wait -1s: must be more than 0"},
		{"wait too long", "caption \"Hi.\"\nwait 61s", "tour.txt:2: wait 61s: at most 1m0s"},
		{"wait two", "caption \"Hi.\"\nwait 1s 2s", "tour.txt:2: wait takes one argument, got 2 (e.g. wait 800ms)"},

		{"expect unquoted", "caption \"Hi.\"\nexpect New Hope",
			`tour.txt:2: expect needs its text in double quotes, got "New Hope"`},
		{"expect empty", "caption \"Hi.\"\nexpect \"\"", "tour.txt:2: expect is empty"},
		{"expect junk", "caption \"Hi.\"\nexpect \"a\" \"b\"", `tour.txt:2: expect: unexpected "\"b\"" after the closing quote`},
		{"expect control", "caption \"Hi.\"\nexpect \"\\a\"",
			"tour.txt:2: expect has a control character (U+0007 at character 1): the terminal would take it for a command"},

		{"clock backwards", "caption \"Hi.\"\nclock -1d", `tour.txt:2: clock "-1d": the clock only moves forward, e.g. clock +1d`},
		{"clock unsigned", "caption \"Hi.\"\nclock 1d", `tour.txt:2: clock "1d": the clock only moves forward, e.g. clock +1d`},
		{"clock zero days", "caption \"Hi.\"\nclock +0d", `tour.txt:2: clock "+0d": days go from +1d to +30d`},
		{"clock 31 days", "caption \"Hi.\"\nclock +31d", `tour.txt:2: clock "+31d": days go from +1d to +30d`},
		{"clock fractional days", "caption \"Hi.\"\nclock +1.5d", `tour.txt:2: clock "+1.5d": days go from +1d to +30d`},
		{"clock not a duration", "caption \"Hi.\"\nclock +soon",
			`tour.txt:2: clock "+soon": want +Nd (days) or a duration such as +90m or +2h`},
		{"clock zero", "caption \"Hi.\"\nclock +0s", "tour.txt:2: clock +0s: must move the clock forward"},
		{"clock +-", "caption \"Hi.\"\nclock +-5m", "tour.txt:2: clock +-5m: must move the clock forward"},
		{"clock too far", "caption \"Hi.\"\nclock +721h", "tour.txt:2: clock +721h: at most +30d"},
		{"clock missing", "caption \"Hi.\"\nclock", "tour.txt:2: clock needs an argument, e.g. clock +1d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseErr(t, tt.src); got != tt.want {
				t.Errorf("error\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestParseAcceptsEdgeValues(t *testing.T) {
	tests := []struct {
		line string
		want Action
	}{
		{"wait 60s", Action{Kind: Wait, By: time.Minute}},
		{"wait 1ns", Action{Kind: Wait, By: time.Nanosecond}},
		{"clock +30d", Action{Kind: Clock, By: 30 * 24 * time.Hour}},
		{"clock +720h", Action{Kind: Clock, By: 720 * time.Hour}},
		{"clock +2h", Action{Kind: Clock, By: 2 * time.Hour}},
		{"type 新希望", Action{Kind: Type, Text: "新希望"}},
		{`type "a # not a comment"`, Action{Kind: Type, Text: "a # not a comment"}},
		{"type a # typed as it is", Action{Kind: Type, Text: "a # typed as it is"}},
		{`expect "¥32.00 · ★"`, Action{Kind: Expect, Text: "¥32.00 · ★"}},
		{`expect "\u00e9"`, Action{Kind: Expect, Text: "é"}},
	}
	for _, tt := range tests {
		st := parseStep(t, tt.line)
		tt.want.Line = 2
		if len(st.Do) != 1 || !reflect.DeepEqual(st.Do[0], tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.line, st.Do, tt.want)
		}
	}
	for _, spec := range []string{"40x16", "400x200"} {
		s, err := Parse("t", []byte("size "+spec+"\ncaption \"Hi.\""))
		if err != nil {
			t.Errorf("size %s: %v", spec, err)
			continue
		}
		if got := s.Setup; got.Width*1000+got.Height == 0 {
			t.Errorf("size %s: not kept: %+v", spec, got)
		}
	}
	capt := strings.Repeat("é", MaxTextRunes)
	s, err := Parse("t", []byte(`caption "`+capt+`"`))
	if err != nil || s.Steps[0].Caption != capt {
		t.Errorf("a caption of exactly %d characters (more bytes): %v", MaxTextRunes, err)
	}
}

// TestParseReportsEveryBadLine: an author fixes a script in one go, so
// every bad line is reported, in order, each as a *LineError on its own
// line; a bad caption still starts its step, so its actions are not
// refused as orphans.
func TestParseReportsEveryBadLine(t *testing.T) {
	src := strings.Join([]string{
		"persona Bad",           // 1
		`caption "unterminated`, // 2
		"key enter",             // 3: fine, in the bad caption's step
		"key entr",              // 4
		"persona newuser",       // 5
		`caption "Fine."`,       // 6
		"wait forever",          // 7
		`expect "ok"`,           // 8
	}, "\n")
	_, err := Parse("tour.txt", []byte(src))
	if err == nil {
		t.Fatal("parsed")
	}
	want := []string{
		`tour.txt:1: persona "Bad": an id is lowercase letters, digits, - and _ (e.g. returning)`,
		`tour.txt:2: caption: unterminated quote (no closing ")`,
		`tour.txt:4: unknown key "entr" (want enter, esc, space, tab, up, f2, ctrl+u … or one character)`,
		"tour.txt:5: persona after the first step: setup lines come first",
		`tour.txt:7: wait "forever": not a duration (e.g. 800ms, 2s)`,
	}
	if got := strings.Split(err.Error(), "\n"); !reflect.DeepEqual(got, want) {
		t.Errorf("errors\n got %q\nwant %q", got, want)
	}
	les := LineErrors(err)
	if len(les) != len(want) {
		t.Fatalf("LineErrors: %d, want %d", len(les), len(want))
	}
	for i, le := range les {
		if le.File != "tour.txt" || le.Error() != want[i] {
			t.Errorf("LineErrors[%d] = %+v", i, le)
		}
	}
	var le *LineError
	if !errors.As(err, &le) || le.Line != 1 {
		t.Errorf("errors.As finds %+v, want the line 1 error", le)
	}
}

// TestParseSumsUpAFlood: a file that is not a script at all is not
// printed back line by line.
func TestParseSumsUpAFlood(t *testing.T) {
	src := strings.Repeat("nonsense here\n", 100)
	lines := strings.Split(parseErr(t, src), "\n")
	if len(lines) != maxErrors+1 {
		t.Fatalf("%d lines of errors, want %d", len(lines), maxErrors+1)
	}
	if last := lines[maxErrors]; last != "tour.txt: and 81 more bad lines" {
		t.Errorf("last line %q", last)
	}
}

func TestParseRefusesAHugeFile(t *testing.T) {
	src := "caption \"Hi.\"\n" + strings.Repeat("#\n", MaxBytes/2)
	got := parseErr(t, src)
	if !strings.HasPrefix(got, "tour.txt: the script is ") || !strings.Contains(got, "at most 1048576") {
		t.Errorf("got %s", got)
	}
}

func TestCloneIsDeep(t *testing.T) {
	s := Builtin()
	s.Steps[0].Caption = "changed"
	s.Steps[0].Do[0].Text = "changed"
	s.Setup.Variants[0] = "changed"
	again := Builtin()
	if again.Steps[0].Caption == "changed" || again.Steps[0].Do[0].Text == "changed" || again.Setup.Variants[0] == "changed" {
		t.Error("changing one Builtin() changed the next")
	}
}
