package uitest

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// SizeProblems lists how view differs from a block of exactly h lines of
// exactly w cells each (h 0: any number of lines). A screen must fill the
// rectangle the root gives it exactly: a line short or long pushes the
// phone's right border out of line, a line too many pushes the tab bar off.
func SizeProblems(view string, w, h int) []string {
	var out []string
	lines := strings.Split(view, "\n")
	if h > 0 && len(lines) != h {
		out = append(out, fmt.Sprintf("%d lines, want %d", len(lines), h))
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw != w {
			out = append(out, fmt.Sprintf("line %d is %d cells, want %d: %q", i, lw, w, ansi.Strip(l)))
		}
	}
	return out
}

// ExactSize fails the test unless view is h lines of w cells each (h 0:
// any number of lines); what names the view in the failure.
func ExactSize(t testing.TB, what, view string, w, h int) {
	t.Helper()
	if p := SizeProblems(view, w, h); len(p) > 0 {
		t.Fatalf("%s at %dx%d:\n  %s\n%s", what, w, h, strings.Join(p, "\n  "), ansi.Strip(view))
	}
}

// FitsFrame fails the test unless the root frame view is good in a w×h
// terminal (see FrameProblems); what names the frame in the failure.
func FitsFrame(t testing.TB, what, view string, w, h int) {
	t.Helper()
	if p := FrameProblems(view, w, h); len(p) > 0 {
		t.Fatalf("%s at %dx%d:\n  %s\n%s", what, w, h, strings.Join(p, "\n  "), ansi.Strip(view))
	}
}
