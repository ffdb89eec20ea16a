package ui_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/fixtures"
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// hostileDir is a fixture world (../testdata/hostile) whose names, posts,
// bios, tips, services and coupons carry ANSI and OSC escape sequences, C0
// and C1 controls, bidi overrides, very long words, zero-width and
// combining characters, CJK and emoji. `lifesim --fixtures
// testdata/hostile` runs it by hand.
var hostileDir = filepath.Join("..", "testdata", "hostile")

// hostileText is what a person could type or paste: everything the world
// has, plus invisible tricks the keyboard can produce.
var hostileText = []string{
	"\x1b]52;c;cm0gLXJmIH4=\x07paste\x1b[2J\x1b[H",
	"\u202eevil.exe\u2066iso\u2069",
	"\u009b31mC1\u0085",
	"zero\u200bwidth e\u0301 新希望 👩\u200d💻",
	strings.Repeat("W", 300),
}

func openHostile(t *testing.T) *store.DB {
	t.Helper()
	w, err := fixtures.LoadFS(os.DirFS(hostileDir))
	if err != nil {
		t.Fatalf("the hostile world does not load: %v", err)
	}
	db := uitest.OpenAt(t, filepath.Join(t.TempDir(), "lifesim.db"))
	if _, err := db.Seed(w, "hostile"); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestHostileWorldCoversEveryCase keeps the fixture honest: each kind of
// hostile text is somewhere in it.
func TestHostileWorldCoversEveryCase(t *testing.T) {
	t.Parallel()
	var all strings.Builder
	for _, f := range fixtures.Files() {
		raw, err := os.ReadFile(filepath.Join(hostileDir, f))
		if err != nil {
			t.Fatal(err)
		}
		all.Write(raw)
	}
	text := all.String() // the JSON: escapes are spelled \u001b etc.
	for what, needle := range map[string]string{
		"CSI":           `\u001b[2J`,
		"OSC 8 link":    `\u001b]8;;`,
		"OSC 52 paste":  `\u001b]52;`,
		"OSC title":     `\u001b]0;`,
		"DCS":           `\u001bP`,
		"C0 bell":       `\u0007`,
		"C0 NUL":        `\u0000`,
		"C1 CSI":        `\u009b`,
		"C1 NEL":        `\u0085`,
		"bidi override": `\u202e`,
		"bidi isolate":  `\u2066`,
		"zero width":    `\u200b`,
		"ZWJ":           `\u200d`,
		"combining":     `\u0301`,
		"CJK":           "新希望",
		"fullwidth":     "ＫＦＣ",
		"emoji":         "👍🏽",
		"long word":     "SupercalifragilisticexpialidociousPneumonoultramicroscopicsilicovolcano",
	} {
		if !strings.Contains(text, needle) {
			t.Errorf("the hostile world has no %s (%q)", what, needle)
		}
	}
}

// TestHostileTextStaysInTheFrame walks every screen over the hostile world
// at several sizes, typing and pasting hostile text and posting it as a
// comment, and checks every frame: inside the terminal, the phone's border
// unbroken, and no control sequence but styling.
func TestHostileTextStaysInTheFrame(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{40, 16}, {52, 20}, {100, 30}, {130, 48}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			walkHostile(t, size[0], size[1])
		})
	}
}

// walkHostile is one size's walk, on its own hostile store.
func walkHostile(t *testing.T, w, h int) {
	db := openHostile(t)
	a := model.Actor{Persona: "returning", Session: "seed", At: uitest.Now}
	for _, c := range hostileText {
		// A comment is at most model.MaxCommentRunes long, as the box
		// enforces: the long unbroken word is cut to that.
		if r := []rune(c); len(r) > model.MaxCommentRunes {
			c = string(r[:model.MaxCommentRunes])
		}
		if _, _, err := db.AddComment(a, "post-csi", c); err != nil {
			t.Fatal(err)
		}
	}
	app := ui.New(testOptions(db, "returning", "👩\u200d💻 \x1b[31mreturning"))
	d := uitest.NewApp(t, app)
	step := func(name string, msgs ...tea.Msg) {
		t.Helper()
		d.Send(msgs...)
		v := d.Model.View()
		for _, p := range uitest.FrameProblems(v.Content, w, h) {
			t.Errorf("%dx%d %s: %s\n%s", w, h, name, p, ansi.Strip(v.Content))
		}
		for _, p := range uitest.UnsafeControls(v.WindowTitle) {
			t.Errorf("%dx%d %s: window title: %s", w, h, name, p)
		}
	}
	keys := func(ks ...string) []tea.Msg {
		out := make([]tea.Msg, len(ks))
		for i, k := range ks {
			out[i] = uitest.Key(k)
		}
		return out
	}
	step("start", append([]tea.Msg{tea.WindowSizeMsg{Width: w, Height: h}}, uitest.Results(t, app.Init())...)...)
	step("home", keys("1", "down", "down", "right", "down", "down", "down", "down")...)
	step("life", keys("3", "down", "down", "right", "down", "left")...)
	step("mine", keys("5", "down", "down", "down")...)
	step("search", append(keys("/"), uitest.Type("evil")...)...)
	step("results", keys("down", "down", "down", "down")...)
	for _, s := range hostileText {
		step("typed", append(keys("/"), uitest.Type(s)...)...)
		step("pasted", tea.PasteMsg{Content: s})
		step("cleared", keys("esc", "/", "backspace")...)
	}
	step("help", keys("esc", "1", "?")...)
	step("help closed", keys("?")...)
	for _, id := range []model.MiniProgramID{"mp-csi", "mp-osc8", "mp-c0", "mp-c1", "mp-bidi", "mp-long", "mp-comb", "mp-emoji"} {
		step("mini program "+string(id), nav.OpenMiniProgramMsg{ID: id, Source: model.SourceSearch})
		step("services", keys("down", "down", "down")...)
	}
	step("order", keys("enter")...)
	step("pay", keys("enter")...)
	step("paid", keys("down", "down")...)
	for _, id := range []model.AccountID{"acct-csi", "acct-osc8", "acct-creator"} {
		step("account "+string(id), nav.OpenAccountMsg{ID: id, Source: model.SourceSearch})
		step("account rows", keys("down", "down", "down", "down")...)
	}
	for _, id := range []model.PostID{"post-csi", "post-osc52", "post-bidi", "post-long", "post-emoji", "post-c1"} {
		step("post "+string(id), nav.OpenPostMsg{ID: id, Source: model.SourceFeed})
		step("post rows", keys("down", "down", "down", "down", "down", "down")...)
	}
	step("comment", append(keys("esc", "c"), uitest.Type(hostileText[1])...)...)
	step("comment pasted", tea.PasteMsg{Content: hostileText[0]})
	step("comment sent", keys("enter")...)
	step("notice", screen.StatusMsg{Err: errString("store \x1b]0;pwned\x07 \u202eboom")})
}

type errString string

func (e errString) Error() string { return string(e) }
