package tour

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/headless"
)

type hello struct{ n int }

func say(n int) tea.Cmd { return func() tea.Msg { return hello{n} } }

// expand runs cmd the way a runtime does, batches and sequences
// expanded, and returns the messages that reach Update.
func expand(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, expand(c)...)
		}
		return out
	}
	if seq, ok := headless.SequenceCmds(msg); ok {
		var out []tea.Msg
		for _, c := range seq {
			out = append(out, expand(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// TestWrapTagsEveryMessage: an app's messages come back tagged with its
// generation however deep in batches and sequences they are, its quit
// too; what only the runtime acts on is left for it.
func TestWrapTagsEveryMessage(t *testing.T) {
	t.Parallel()
	cmd := tea.Batch(say(1), tea.Sequence(say(2), tea.Batch(say(3), say(4)), tea.Sequence(say(5), say(6))), tea.Sequence(say(7)), tea.Quit)
	got := expand(wrapCmd(7, cmd))
	want := []tea.Msg{
		appMsg{7, hello{1}}, appMsg{7, hello{2}}, appMsg{7, hello{3}}, appMsg{7, hello{4}},
		appMsg{7, hello{5}}, appMsg{7, hello{6}}, appMsg{7, hello{7}}, appMsg{7, tea.QuitMsg{}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("message %d: %#v, want %#v", i, got[i], want[i])
		}
	}
	// A request to the runtime (an unexported Bubble Tea message) passes.
	req := tea.RequestBackgroundColor()
	if got := expand(wrapCmd(7, tea.RequestBackgroundColor)); len(got) != 1 || got[0] != req {
		t.Fatalf("the background colour request came back as %#v", got)
	}
	if wrapCmd(7, nil) != nil {
		t.Fatal("a nil command wrapped is not nil")
	}
}
