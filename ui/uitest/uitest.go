// Package uitest holds helpers for testing lifesim screens and the root
// model without a terminal: a seeded store in a temp dir, an Env with a
// fixed clock, and drivers that run commands synchronously and feed their
// messages back, the way the Bubble Tea loop would.
package uitest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/fixtures"
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/keys"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
)

// Now is the fixed clock of every UI test: the world's epoch.
var Now = time.Date(2026, 1, 8, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))

// OpenStore opens a store in t.TempDir() seeded with the embedded world.
func OpenStore(t testing.TB) *store.DB {
	t.Helper()
	return OpenStoreAt(t, filepath.Join(t.TempDir(), "lifesim.db"))
}

// OpenStoreAt opens the store file at path with the test clock, seeded
// with the embedded world: a new file starts as a copy of one seeded
// once per test binary (loading, validating and seeding the world took a
// quarter of the UI tests' time); an existing file is seeded unless it
// holds the world already, as the app does at every start. It is closed
// when the test ends.
func OpenStoreAt(t testing.TB, path string) *store.DB {
	t.Helper()
	seed := seeded(t)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if err := os.WriteFile(path, seed.file, 0o600); err != nil {
			t.Fatalf("seeded store: %v", err)
		}
		return OpenAt(t, path)
	}
	db := OpenAt(t, path)
	if _, err := db.Seed(seed.world, seedHash); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return db
}

// World is the embedded world, loaded once per test binary. Treat it as
// read-only: every test shares it.
func World(t testing.TB) model.World {
	t.Helper()
	return seeded(t).world
}

// seedHash names the embedded world's seed in test stores.
const seedHash = "test"

// template is the embedded world and a store file seeded with it, made
// once per test binary and never changed after.
type template struct {
	world model.World
	file  []byte
	err   error
}

var (
	templateOnce sync.Once
	theTemplate  template
)

func seeded(t testing.TB) template {
	t.Helper()
	templateOnce.Do(func() { theTemplate = makeTemplate() })
	if theTemplate.err != nil {
		t.Fatalf("seeded store: %v", theTemplate.err)
	}
	return theTemplate
}

// makeTemplate seeds a store in a directory of its own, keeps its bytes
// and removes it.
func makeTemplate() template {
	w, err := fixtures.Load()
	if err != nil {
		return template{err: fmt.Errorf("fixtures: %w", err)}
	}
	dir, err := os.MkdirTemp("", "uitest-seed-")
	if err != nil {
		return template{err: err}
	}
	defer func() { _ = os.RemoveAll(dir) }()
	path := filepath.Join(dir, "seed.db")
	db, err := store.Open(path, store.Options{Now: func() time.Time { return Now }})
	if err != nil {
		return template{err: err}
	}
	_, err = db.Seed(w, seedHash)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return template{err: err}
	}
	file, err := os.ReadFile(path)
	return template{world: w, file: file, err: err}
}

// OpenAt opens the store file at path as it is, with the test clock;
// it is closed when the test ends.
func OpenAt(t testing.TB, path string) *store.DB {
	t.Helper()
	db, err := store.Open(path, store.Options{Now: func() time.Time { return Now }})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// Reopen closes db and opens its file again, as a restart of the app
// does: what the next session sees is only what reached the disk.
func Reopen(t testing.TB, db *store.DB) *store.DB {
	t.Helper()
	if err := db.Close(); err != nil {
		t.Fatalf("close store: %v", err)
	}
	return OpenAt(t, db.Path())
}

// Env is a test Env on st for persona p, with the fixed clock, the dark
// palette and no animation ticks (set Ticker to a *Ticker's Tick to drive
// them).
func Env(st store.Store, p model.PersonaID) screen.Env {
	return screen.Env{
		Store:    st,
		Styles:   styles.Default(true),
		Keys:     keys.New(),
		Clock:    func() time.Time { return Now },
		Persona:  p,
		Session:  "test-session",
		Settings: model.DefaultSettings(),
		Ticker:   NoTicks,
	}
}

// Key builds the key press a terminal would send for s: "enter", "esc",
// "tab", "shift+tab", "up", "down", "left", "right", "backspace",
// "ctrl+c", or a single printable character.
func Key(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(s)
	if len(r) != 1 {
		panic("uitest.Key: unknown key " + s)
	}
	return tea.KeyPressMsg{Code: r[0], Text: s}
}

// Type returns one key press per rune of s.
func Type(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}
