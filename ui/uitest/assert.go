package uitest

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
)

// Plain is the screen's current rendering without styling.
func Plain(d *Screen) string { return ansi.Strip(d.View()) }

// MustContain fails the test unless the screen shows every one of want.
func MustContain(t testing.TB, d *Screen, want ...string) {
	t.Helper()
	v := Plain(d)
	for _, w := range want {
		if !strings.Contains(v, w) {
			t.Fatalf("view lacks %q:\n%s", w, v)
		}
	}
}

// State reads persona p's state, failing the test on error.
func State(t testing.TB, st store.Store, p model.PersonaID) model.UserState {
	t.Helper()
	s, err := st.State(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
