package order

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// TestPagesFitTheirSize checks both pages fill exactly the area they are
// given, at the phone's usual width and at the 40-column minimum.
func TestPagesFitTheirSize(t *testing.T) {
	db := uitest.OpenStore(t)
	claim(t, db, "newuser", crayfish10)
	mp, svc := fixture(t, db, kfc, crayfishSvc)
	for _, w := range []int{38, 48} {
		c := uitest.NewScreen(NewConfirm(uitest.Env(db, "newuser"), nav.OpenOrderMsg{MiniProgram: mp, Service: svc}), w, 30)
		checkSize(t, "confirm", c.S, w, 30)
		s := success(t, db, "newuser", "zinger-burger")
		s.S.SetSize(w, 24)
		checkSize(t, "success", s.S, w, 24)
	}
}

func checkSize(t *testing.T, name string, s screen.Screen, w, h int) {
	t.Helper()
	lines := strings.Split(s.View(), "\n")
	if len(lines) != h {
		t.Errorf("%s at %d: %d lines, want %d", name, w, len(lines), h)
	}
	for i, l := range lines {
		if lipgloss.Width(l) != w {
			t.Errorf("%s at %d: line %d is %d wide: %q", name, w, i, lipgloss.Width(l), ansi.Strip(l))
		}
	}
}
