package post

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// TestLongPasteIntoCommentIsCutAndSaysSo pastes 99,000 characters into
// the comment: it holds exactly 280, the counter says 280/280, a notice
// says the paste was cut, and enter posts those 280 characters.
func TestLongPasteIntoCommentIsCutAndSaysSo(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, 48, 30)
	d.Keys("c")
	uitest.MustContain(t, d, "0/280")
	d.Send(tea.PasteMsg{Content: strings.Repeat("好", 99_000)})
	if n := utf8.RuneCountInString(m.input.Value()); n != model.MaxCommentRunes {
		t.Fatalf("the comment holds %d characters, want %d", n, model.MaxCommentRunes)
	}
	uitest.MustContain(t, d, "280/280")
	var notice string
	for _, e := range d.Emitted {
		if s, ok := e.(screen.StatusMsg); ok {
			notice = s.Text
		}
	}
	if notice != "Pasted text cut to 280 characters" {
		t.Fatalf("notice %q", notice)
	}
	d.Keys("enter")
	cs := uitest.State(t, st, "newuser").Comments
	if len(cs) != 1 || utf8.RuneCountInString(cs[0].Text) != model.MaxCommentRunes {
		t.Fatalf("comments %+v", cs)
	}
}

// TestShortPasteIntoCommentIsSilent: a paste that fits raises no notice.
func TestShortPasteIntoCommentIsSilent(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), 48, 30)
	d.Keys("c")
	d.Send(tea.PasteMsg{Content: "so good\nreally"})
	if m.input.Value() != "so good really" {
		t.Fatalf("comment %q", m.input.Value())
	}
	for _, e := range d.Emitted {
		if _, ok := e.(screen.StatusMsg); ok {
			t.Fatalf("notice %#v for a paste that fits", e)
		}
	}
	uitest.MustContain(t, d, "14/280")
}

func TestGoldenCommentAtLimit(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), 48, 30)
	d.Keys("c")
	d.Send(tea.PasteMsg{Content: strings.Repeat("Crayfish! ", 100)})
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}
