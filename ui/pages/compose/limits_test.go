package compose

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// notices are the status notices the page emitted.
func notices(d *uitest.Screen) []string {
	var out []string
	for _, e := range d.Emitted {
		if s, ok := e.(screen.StatusMsg); ok {
			out = append(out, s.Text)
		}
	}
	return out
}

// TestPasteIsCutToEachLimit pastes 99,000 characters into every field:
// each holds exactly its limit, its counter says so, and a notice says
// the paste was cut.
func TestPasteIsCutToEachLimit(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("x", 99_000)
	for _, tc := range []struct {
		name    string
		tabs    int
		value   func(m *Editor) string
		limit   int
		counter string
		notice  string
	}{
		{"title", 0, func(m *Editor) string { return m.title.Value() }, model.MaxPostTitleRunes, "60/60", "Pasted text cut to 60 characters"},
		{"body", 1, func(m *Editor) string { return m.body.Value() }, model.MaxPostBodyRunes, "2,000/2,000", "Pasted text cut to 2,000 characters"},
		{"topic", 2, func(m *Editor) string { return m.topic.Value() }, model.MaxTopicRunes, "20/20", "Pasted text cut to 20 characters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d, m := open(t, uitest.OpenStore(t), "", 48, 24)
			for range tc.tabs {
				d.Keys("tab")
			}
			d.Send(tea.PasteMsg{Content: huge})
			if n := utf8.RuneCountInString(tc.value(m)); n != tc.limit {
				t.Fatalf("the field holds %d characters, want %d", n, tc.limit)
			}
			uitest.MustContain(t, d, tc.counter)
			if got := notices(d); len(got) != 1 || got[0] != tc.notice {
				t.Fatalf("notices %q, want %q", got, tc.notice)
			}
			// Typing at the limit adds nothing, and says nothing more.
			d.Send(uitest.Type("yz")...)
			if n := utf8.RuneCountInString(tc.value(m)); n != tc.limit {
				t.Fatalf("typing at the limit: %d characters", n)
			}
			if len(notices(d)) != 1 {
				t.Fatalf("typing at the limit: notices %q", notices(d))
			}
		})
	}
}

// TestPasteThatFitsIsWhole: a paste within the limits goes in whole and
// silently, whatever its width (the text area's own CharLimit counts a CJK
// character twice).
func TestPasteThatFitsIsWhole(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		strings.Repeat("中", model.MaxPostBodyRunes),
		strings.Repeat("line\n", maxBodyLines-1) + "last",
	} {
		d, m := open(t, uitest.OpenStore(t), "", 48, 24)
		d.Keys("tab")
		d.Send(tea.PasteMsg{Content: text})
		if m.body.Value() != text {
			t.Fatalf("body holds %d of %d characters", utf8.RuneCountInString(m.body.Value()), utf8.RuneCountInString(text))
		}
		if len(notices(d)) != 0 {
			t.Fatalf("notices %q for a paste that fits", notices(d))
		}
	}
}

// TestPasteOfManyLinesIsCutAndSaysSo: the body keeps at most
// maxBodyLines lines; a paste with more is cut there, with a notice.
func TestPasteOfManyLinesIsCutAndSaysSo(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "", 48, 24)
	d.Keys("tab")
	d.Send(uitest.Type("first ")...)
	d.Send(tea.PasteMsg{Content: strings.Repeat("a line\n", 150)})
	if n := m.body.LineCount(); n != maxBodyLines {
		t.Fatalf("the body has %d lines, want %d", n, maxBodyLines)
	}
	if !strings.HasPrefix(m.body.Value(), "first a line\na line") || strings.HasSuffix(m.body.Value(), "\n") {
		t.Fatalf("body %q…", m.body.Value()[:20])
	}
	if got := notices(d); len(got) != 1 || got[0] != "Pasted text cut to 100 lines" {
		t.Fatalf("notices %q", got)
	}
	d.Keys("enter")
	if n := m.body.LineCount(); n != maxBodyLines {
		t.Fatalf("enter at the line limit: %d lines", n)
	}
}

// TestPasteIntoAPartlyFullBody cuts to the room left, and enter (a new
// line) counts as a character.
func TestPasteIntoAPartlyFullBody(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "", 48, 24)
	d.Keys("tab")
	d.Send(uitest.Type("abc")...)
	d.Send(tea.PasteMsg{Content: strings.Repeat("é", model.MaxPostBodyRunes)})
	if n := utf8.RuneCountInString(m.body.Value()); n != model.MaxPostBodyRunes || !strings.HasPrefix(m.body.Value(), "abcé") {
		t.Fatalf("body %d characters, starts %q", n, m.body.Value()[:8])
	}
	d.Keys("enter")
	if strings.Contains(m.body.Value(), "\n") {
		t.Fatal("a new line went past the limit")
	}
	d.Keys("backspace", "enter")
	if n := utf8.RuneCountInString(m.body.Value()); n != model.MaxPostBodyRunes || !strings.HasSuffix(m.body.Value(), "\n") {
		t.Fatalf("after backspace, enter: %d characters", n)
	}
}

// TestTopicHashIsFree: the topic's leading # is not counted (publishing
// drops it), so a topic of the full length fits after it.
func TestTopicHashIsFree(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "", 48, 24)
	d.Keys("tab", "tab")
	d.Send(uitest.Type("#" + strings.Repeat("t", model.MaxTopicRunes+3))...)
	if m.topic.Value() != "#"+strings.Repeat("t", model.MaxTopicRunes) {
		t.Fatalf("topic %q", m.topic.Value())
	}
	uitest.MustContain(t, d, "20/20")
}

// TestCounterWarnsNearTheLimit: dim below 90% of the limit, the warning
// colour from there.
func TestCounterWarnsNearTheLimit(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "", 48, 24)
	st := m.env.Styles
	d.Send(tea.PasteMsg{Content: strings.Repeat("x", 53)})
	if want := st.Subtle.Render("53/60"); !strings.Contains(d.View(), want) {
		t.Fatalf("53/60 is not dim:\n%q", d.View())
	}
	d.Send(uitest.Type("x")...)
	if want := st.Warning.Render("54/60"); !strings.Contains(d.View(), want) {
		t.Fatalf("54/60 is not in the warning colour:\n%q", d.View())
	}
}
