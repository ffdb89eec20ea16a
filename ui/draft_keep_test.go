package ui_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// The walk: n, text, esc, k, then n brings the draft back, also
// after a restart; d then discards it. Driven through the root at each
// terminal size, with and without colour, checking every frame.
func TestKeepDraftThroughTheApp(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		for _, colorless := range []bool{false, true} {
			t.Run(fmt.Sprintf("%dx%d colourless=%v", size[0], size[1], colorless), func(t *testing.T) {
				t.Parallel()
				walkKeepDraft(t, size[0], size[1], colorless)
			})
		}
	}
}

// draftSession starts the app on the store at path, on the Life tab.
func draftSession(t *testing.T, path string, w, h int, colorless bool) *session {
	t.Helper()
	s := startSession(t, path, "newuser", w, h)
	if colorless {
		s.d.Send(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
	}
	s.d.Send(nav.SwitchTabMsg{Tab: nav.TabLife})
	return s
}

// frameOK fails on a frame that breaks the terminal or the phone.
func (s *session) frameOK(step string, w, h int) {
	s.t.Helper()
	if probs := uitest.FrameProblems(s.d.View(), w, h); len(probs) > 0 {
		s.t.Fatalf("%s: %v\n%s", step, probs, s.view())
	}
}

func walkKeepDraft(t *testing.T, w, h int, colorless bool) {
	path := filepath.Join(t.TempDir(), "lifesim.db")
	s := draftSession(t, path, w, h, colorless)
	s.keys("n")
	s.expect("editor", "New post")
	s.typeText("Half a thought")
	s.keys("esc")
	s.expect("asks", "Keep draft?", "k keep · d discard", "esc back to editing")
	s.frameOK("prompt", w, h)
	s.keys("l", "q", "2", "tab") // modal: no like, no quit, no tab switch
	s.expect("still asking", "Keep draft?")
	if s.d.Quit || s.app.Depth() != 1 || len(s.state().Likes) != 0 {
		t.Fatalf("a key at the prompt escaped it: quit %v, depth %d, likes %v", s.d.Quit, s.app.Depth(), s.state().Likes)
	}
	s.keys("k")
	s.expect("kept", "Draft kept")
	if s.app.Depth() != 0 {
		t.Fatalf("the editor is still open after k (depth %d)", s.app.Depth())
	}
	if d, ok, err := s.db.KeptDraft("newuser", ""); err != nil || !ok || d.Title != "Half a thought" {
		t.Fatalf("kept %+v, %v, %v", d, ok, err)
	}
	s.keys("n")
	s.expect("brought back", "Half a thought", "Draft restored")
	s.frameOK("restored", w, h)
	s.keys("esc", "k")

	// a restart: the next run finds it too
	if err := s.db.Close(); err != nil {
		t.Fatal(err)
	}
	s = draftSession(t, path, w, h, colorless)
	s.keys("n")
	s.expect("after a restart", "Half a thought", "Draft restored")
	s.keys("esc", "d")
	if s.app.Depth() != 0 {
		t.Fatalf("the editor is still open after d (depth %d)", s.app.Depth())
	}
	if _, ok, _ := s.db.KeptDraft("newuser", ""); ok {
		t.Fatal("d left the draft kept")
	}
	s.keys("n")
	if v := s.view(); strings.Contains(v, "Half a thought") || strings.Contains(v, "Draft restored") {
		t.Fatalf("a discarded draft came back:\n%s", v)
	}
	s.keys("esc") // empty: closes at once
	if s.app.Depth() != 0 || strings.Contains(s.view(), "Keep draft?") {
		t.Fatalf("an empty editor asked or stayed:\n%s", s.view())
	}
}

// On the hostile world, with hostile text pasted into every field, the
// prompt and the restored draft draw clean frames.
func TestKeepDraftOnTheHostileWorld(t *testing.T) {
	t.Parallel()
	db := openHostile(t)
	for _, size := range [][2]int{{80, 24}, {100, 30}} {
		w, h := size[0], size[1]
		app := ui.New(testOptions(db, "newuser", "hostile"))
		d := uitest.NewApp(t, app)
		d.Send(tea.WindowSizeMsg{Width: w, Height: h})
		d.Init()
		d.Send(nav.OpenComposeMsg{})
		for range 3 { // title, text, topic
			for _, text := range hostileText {
				d.Send(tea.PasteMsg{Content: text})
			}
			d.Keys("tab")
		}
		d.Keys("esc")
		check := func(step string) {
			t.Helper()
			if probs := uitest.FrameProblems(d.View(), w, h); len(probs) > 0 {
				t.Fatalf("%s at %dx%d: %v\n%s", step, w, h, probs, ansi.Strip(d.View()))
			}
		}
		check("prompt")
		d.Keys("k")
		kept, ok, err := db.KeptDraft("newuser", "")
		if err != nil || !ok || kept != kept.Kept() || kept.CheckKept() != nil {
			t.Fatalf("kept %+v, %v, %v", kept, ok, err)
		}
		d.Send(nav.OpenComposeMsg{})
		if !strings.Contains(ansi.Strip(d.View()), "Draft restored") {
			t.Fatalf("not restored:\n%s", ansi.Strip(d.View()))
		}
		check("restored")
		d.Keys("esc", "d")
	}
}
