package ui_test

import (
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"lifesim/fixtures"
	"lifesim/model"
	"lifesim/ui/uitest"
)

// fuzzKeys are the key presses an input byte can stand for: the public
// key map, text (CJK, emoji, invisible characters) and the experiment keys.
// q and ctrl+c are left out: once the app quits there is nothing to find.
var fuzzKeys = func() []tea.Msg {
	var out []tea.Msg
	for _, k := range []string{
		"up", "down", "left", "right", "enter", "esc", "tab", "shift+tab", "backspace", "space",
		"1", "2", "3", "4", "/", "?", "s", "f", "l", "c", "r", "d", "K", "J", "p", "v", "P",
		"k", "j", "a", "e", "n", "w", "h", "o", " ", "新", "希", "🍗", "é", "5",
	} {
		out = append(out, uitest.Key(k))
	}
	for _, text := range []string{"\u202e", "\u200b", "\u0301", "\u0085", "\x1b", "\x07", "\u2066"} {
		out = append(out, tea.KeyPressMsg{Code: []rune(text)[0], Text: text})
	}
	return append(out, tea.KeyPressMsg{Code: tea.KeyF2}, tea.KeyPressMsg{Code: tea.KeyPgDown}, tea.KeyPressMsg{Code: tea.KeyHome})
}()

// fuzzPastes are the texts a paste op can bring: the hostile ones and
// texts longer than every field's limit (one of them several lines), so
// that the cut and its notice are exercised.
var fuzzPastes = append(append([]string(nil), hostileText...),
	strings.Repeat("长文本 long paste ", 250),
	strings.Repeat("a line of a pasted essay\n", 120),
	strings.Repeat("x", 2100),
)

// advanceOp moves the loop's fake clock, firing the ticks due (notices
// clearing, animations).
type advanceOp time.Duration

// fuzzAdvances are the clock steps: an animation frame, a second, a
// notice's lifetime.
var fuzzAdvances = []time.Duration{100 * time.Millisecond, time.Second, 4 * time.Second, 30 * time.Second}

// minFuzzMessages is how many messages every execution delivers at least
// after the app's start; maxFuzzOps bounds the ops an input can make.
const minFuzzMessages, maxFuzzOps = 20, 64

// tourOp is the i-th step of the walk that pads a short input: through the
// tabs, down a row, and time passing.
func tourOp(i int) tea.Msg {
	tour := []tea.Msg{uitest.Key("tab"), uitest.Key("down"), uitest.Key("enter"), advanceOp(time.Second), uitest.Key("esc")}
	return tour[i%len(tour)]
}

// fuzzOps turns input bytes into messages: most bytes are keys; 0xD0–0xD7
// press the mouse at the cell the next two bytes name (x 0–159, y 0–59):
// a left click, or the wheel down or up; 0xD8–0xDF move the fake clock; 0xE0–0xEF resize to the next two bytes (1–160 ×
// 1–60); 0xF0–0xF7 paste hostile or over-long text; 0xF8–0xFF change the
// background or the colour profile.
func fuzzOps(data []byte) []tea.Msg {
	var out []tea.Msg
	for i := 0; i < len(data) && len(out) < maxFuzzOps; i++ {
		b := data[i]
		switch {
		case b >= 0xD0 && b <= 0xD7 && i+2 < len(data):
			out = append(out, fuzzMouse(b, int(data[i+1])%160, int(data[i+2])%60))
			i += 2
		case b >= 0xD8 && b <= 0xDF:
			out = append(out, advanceOp(fuzzAdvances[int(b)%len(fuzzAdvances)]))
		case b >= 0xE0 && b <= 0xEF && i+2 < len(data):
			out = append(out, tea.WindowSizeMsg{Width: 1 + int(data[i+1])%160, Height: 1 + int(data[i+2])%60})
			i += 2
		case b >= 0xF0 && b <= 0xF7:
			out = append(out, tea.PasteMsg{Content: fuzzPastes[int(b)%len(fuzzPastes)]})
		case b >= 0xF8:
			out = append(out, []tea.Msg{
				tea.BackgroundColorMsg{Color: ansi.White}, tea.BackgroundColorMsg{Color: ansi.Black},
				tea.ColorProfileMsg{Profile: colorprofile.ASCII}, tea.ColorProfileMsg{Profile: colorprofile.TrueColor},
			}[int(b)%4])
		default:
			out = append(out, fuzzKeys[int(b)%len(fuzzKeys)])
		}
	}
	return out
}

// fuzzMouse is the mouse message op b stands for at (x, y): most are
// left clicks, the rest a wheel step down or up.
func fuzzMouse(b byte, x, y int) tea.Msg {
	switch b % 4 {
	case 2:
		return tea.MouseWheelMsg{X: x, Y: y, Button: tea.MouseWheelDown}
	case 3:
		return tea.MouseWheelMsg{X: x, Y: y, Button: tea.MouseWheelUp}
	}
	return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft}
}

// seedFuzzStores seeds a store file from each world, the embedded one and
// the hostile one, in dir; each input starts from a copy of one of them.
func seedFuzzStores(tb testing.TB, dir string) []string {
	paths := make([]string, 2)
	for i, load := range []func() (model.World, error){
		fixtures.Load,
		func() (model.World, error) { return fixtures.LoadFS(os.DirFS(hostileDir)) },
	} {
		w, err := load()
		if err != nil {
			tb.Fatal(err)
		}
		paths[i] = filepath.Join(dir, []string{"world.db", "hostile.db"}[i])
		db := uitest.OpenAt(tb, paths[i])
		if _, err := db.Seed(w, "fuzz"); err != nil {
			tb.Fatal(err)
		}
		if err := db.Close(); err != nil {
			tb.Fatal(err)
		}
	}
	return paths
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// fuzzRun is one fuzz worker's setup: each world's start for each
// persona, recorded (fuzzstart_test.go), with the store executions share
// (fuzzstore_test.go).
type fuzzRun struct {
	starts [2][2]*fuzzStart
}

// newFuzzRun seeds the stores and records the starts once per worker
// process. The files go to memory (/dev/shm) where there is one: bbolt
// syncs every commit, and a sync to disk costs more than an execution.
func newFuzzRun(tb testing.TB) *fuzzRun {
	dir := tb.TempDir()
	if shm, err := os.MkdirTemp("/dev/shm", "lifesim-fuzz-"); err == nil {
		tb.Cleanup(func() { _ = os.RemoveAll(shm) })
		dir = shm
	}
	r := &fuzzRun{}
	for w, seed := range seedFuzzStores(tb, dir) {
		for p, persona := range []model.PersonaID{"newuser", "returning"} {
			r.starts[w][p] = recordStart(tb, seed, dir, persona)
		}
	}
	return r
}

// runFuzzInput plays one input against a new root model and checks the
// frame it ends on. A uitest.Loop runs the model: commands inline, a fake
// clock, no real waits. A panic anywhere fails the input by itself.
//
// Only the last frame is drawn and checked: drawing is most of what is
// left of an execution's cost, and the fuzzer, which also tries every
// input's prefixes as it minimises and mutates, reaches a broken middle
// frame as the last frame of a shorter input.
func runFuzzInput(t *testing.T, r *fuzzRun, data []byte) {
	if len(data) == 0 {
		return
	}
	start := r.starts[int(data[0])%2][int(data[0]>>1)%2]
	st := start.newCow(t)
	defer start.check(t)
	defer st.close()
	l := start.replay(st)
	w, h := 80, 24
	ops := fuzzOps(data[1:])
	// Short inputs are padded with a walk over the tabs so that every
	// execution drives the model through at least minFuzzMessages after
	// its start.
	var last tea.Msg
	for i, sent := 0, l.Delivered; i < len(ops) || l.Delivered-sent < minFuzzMessages; i++ {
		var msg tea.Msg
		if i < len(ops) {
			msg = ops[i]
		} else {
			msg = tourOp(i - len(ops))
		}
		last = msg
		switch m := msg.(type) {
		case tea.WindowSizeMsg:
			w, h = m.Width, m.Height
		case advanceOp:
			l.Advance(time.Duration(m))
			continue
		}
		l.Send(msg)
		if l.Quit {
			return
		}
	}
	v := l.Model.View()
	for _, p := range uitest.FrameProblems(v.Content, w, h) {
		t.Fatalf("after %d ops, the last %T %v, at %dx%d: %s\n%s", len(ops), last, last, w, h, p, ansi.Strip(v.Content))
	}
	for _, p := range uitest.UnsafeControls(v.WindowTitle) {
		t.Fatalf("window title: %s", p)
	}
}

// FuzzApp feeds random keys, pastes, window sizes and theme changes to the
// root model: `go test ./ui -run '^$' -fuzz FuzzApp`. Under plain `go test`
// it runs its seed corpus: the hand-written walks below and a few seeded
// random inputs, so a regression shows up in the normal suite.
func FuzzApp(f *testing.F) {
	f.Add([]byte("\x00/new hope\x10\x11\x12"))                            // search, results
	f.Add([]byte("\x03\x19\x04\x04\x04\x05sff\x0b\x05\x05\x05"))          // grid, open, collect
	f.Add([]byte("\x01\xe0\x27\x0f\x1b\xe5\x83\x2f\x0c\x0c\xe1\x1d\x09")) // resizes across the minimum
	f.Add([]byte("\x01\x0d\x03\x05\x05\x13\xf1\xf2\x05"))                 // comment with pastes
	f.Add([]byte("\x02\xfa\xfb\xf8\x0c\x0d\x0e\x0f\xe2\xa0\x30\x43"))     // themes, profiles, observer width
	// at 80×24: ◉ Life in the tab bar, a card, the wheel, the post's ‹, Search, a popular search
	f.Add([]byte("\x00\xd0\x28\x15\xd0\x28\x08\xd2\x28\x08\xd2\x28\x08\xd3\x28\x08\xd0\x28\x09\xd0\x11\x02\xd0\x20\x15\xd0\x14\x07\xd0\x14\x0b"))
	rng := rand.New(rand.NewPCG(20260108, 4))
	for range 6 {
		b := make([]byte, 40+rng.IntN(80))
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		f.Add(b)
	}
	r := newFuzzRun(f)
	f.Fuzz(func(t *testing.T, data []byte) { runFuzzInput(t, r, data) })
}
