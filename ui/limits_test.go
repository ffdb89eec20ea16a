package ui_test

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestLongPasteInTheAppSaysItWasCut walks to the post editor as a person
// would (Life, n) in a 100×30 terminal and pastes 99,000 characters into
// the text: the counter shows the limit and the notice line says the
// paste was cut.
func TestLongPasteInTheAppSaysItWasCut(t *testing.T) {
	t.Parallel()
	s := startSession(t, filepath.Join(t.TempDir(), "lifesim.db"), "newuser", 100, 30)
	s.keys("3", "n", "tab")
	s.expect("the editor", "New post", "0/2,000")
	s.d.Send(tea.PasteMsg{Content: strings.Repeat("x", 99_000)})
	s.expect("after the paste", "2,000/2,000", "Pasted text cut to 2,000 characters")
}
