package search

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// TestLongPasteIsCutAndSaysSo pastes 99,000 characters into the search
// box: it holds exactly the limit, the counter shows it, and a notice says
// the paste was cut.
func TestLongPasteIsCutAndSaysSo(t *testing.T) {
	t.Parallel()
	m := New(uitest.Env(uitest.OpenStore(t), "newuser"))
	d := uitest.NewScreen(t, m, 48, 30)
	d.Send(uitest.Results(t, m.Focus())...)
	d.Send(uitest.Type("kfc ")...)
	if strings.Contains(uitest.Plain(d), "/64") {
		t.Fatalf("a short query shows a counter:\n%s", uitest.Plain(d))
	}
	d.Send(tea.PasteMsg{Content: strings.Repeat("crayfish ", 11_000)})
	if n := utf8.RuneCountInString(m.input.Value()); n != model.MaxQueryRunes || !strings.HasPrefix(m.input.Value(), "kfc crayfish") {
		t.Fatalf("query %q (%d characters)", m.input.Value(), n)
	}
	uitest.MustContain(t, d, "64/64")
	var notices []string
	for _, e := range d.Emitted {
		if s, ok := e.(screen.StatusMsg); ok && s.Err == nil {
			notices = append(notices, s.Text)
		}
	}
	if len(notices) != 1 || notices[0] != "Pasted text cut to 64 characters" {
		t.Fatalf("notices %q", notices)
	}
}
