package ui_test

import (
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"lifesim/fixtures"
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
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
		"k", "j", "a", "e", "n", "w", "h", "o", " ", "新", "希", "🍗", "é",
	} {
		out = append(out, uitest.Key(k))
	}
	for _, text := range []string{"\u202e", "\u200b", "\u0301", "\u0085", "\x1b", "\x07", "\u2066"} {
		out = append(out, tea.KeyPressMsg{Code: []rune(text)[0], Text: text})
	}
	return append(out, tea.KeyPressMsg{Code: tea.KeyF2}, tea.KeyPressMsg{Code: tea.KeyPgDown}, tea.KeyPressMsg{Code: tea.KeyHome})
}()

// fuzzOps turns input bytes into messages: most bytes are keys; 0xE0–0xEF
// resizes to the next two bytes (1–160 × 1–60); 0xF0–0xF7 pastes hostile
// text; 0xF8–0xFF changes the background or the colour profile.
func fuzzOps(data []byte) []tea.Msg {
	var out []tea.Msg
	for i := 0; i < len(data) && len(out) < 300; i++ {
		b := data[i]
		switch {
		case b >= 0xE0 && b <= 0xEF && i+2 < len(data):
			out = append(out, tea.WindowSizeMsg{Width: 1 + int(data[i+1])%160, Height: 1 + int(data[i+2])%60})
			i += 2
		case b >= 0xF0 && b <= 0xF7:
			out = append(out, tea.PasteMsg{Content: hostileText[int(b)%len(hostileText)]})
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

// seedFuzzStores seeds a store file from each world, the embedded one and
// the hostile one, in dir; each input starts from a copy of one of them.
func seedFuzzStores(tb testing.TB, dir string) [2]string {
	var paths [2]string
	for i, load := range []func() (model.World, error){
		fixtures.Load,
		func() (model.World, error) { return fixtures.LoadFS(os.DirFS(hostileDir)) },
	} {
		w, err := load()
		if err != nil {
			tb.Fatal(err)
		}
		paths[i] = filepath.Join(dir, []string{"world.db", "hostile.db"}[i])
		db, err := store.Open(paths[i], store.Options{Now: func() time.Time { return uitest.Now }})
		if err != nil {
			tb.Fatal(err)
		}
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

// runFuzzInput plays one input against the root model and checks every
// frame. A panic anywhere fails the input by itself.
func runFuzzInput(t *testing.T, stores [2]string, data []byte) {
	if len(data) == 0 {
		return
	}
	path := filepath.Join(t.TempDir(), "lifesim.db")
	if err := copyFile(stores[int(data[0])%2], path); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(path, store.Options{Now: func() time.Time { return uitest.Now }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	persona := []model.PersonaID{"newuser", "returning"}[int(data[0]>>1)%2]
	app := ui.New(uitest.Env(db, persona), ui.Options{PersonaName: string(persona), Screens: ui.DefaultScreens()})
	d := &uitest.App{Model: app, Wait: 25 * time.Millisecond}
	w, h := 80, 24
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Send(uitest.ResultsWithin(app.Init(), 25*time.Millisecond)...)
	for i, msg := range fuzzOps(data[1:]) {
		if ws, ok := msg.(tea.WindowSizeMsg); ok {
			w, h = ws.Width, ws.Height
		}
		d.Send(msg)
		v := d.Model.View()
		for _, p := range uitest.FrameProblems(v.Content, w, h) {
			t.Fatalf("after op %d (%T %v) at %dx%d: %s\n%s", i, msg, msg, w, h, p, ansi.Strip(v.Content))
		}
		for _, p := range uitest.UnsafeControls(v.WindowTitle) {
			t.Fatalf("after op %d: window title: %s", i, p)
		}
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
	rng := rand.New(rand.NewPCG(20260108, 4))
	for range 6 {
		b := make([]byte, 40+rng.IntN(80))
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		f.Add(b)
	}
	stores := seedFuzzStores(f, f.TempDir())
	f.Fuzz(func(t *testing.T, data []byte) { runFuzzInput(t, stores, data) })
}
