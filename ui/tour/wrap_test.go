package tour

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/uitest"
)

type hello struct{ n int }

func say(n int) tea.Cmd { return func() tea.Msg { return hello{n} } }

// TestWrapTagsEveryMessage: an app's messages come back tagged with its
// generation however deep in batches and sequences they are, its quit
// too; what only the runtime acts on is left for it.
func TestWrapTagsEveryMessage(t *testing.T) {
	t.Parallel()
	cmd := tea.Batch(say(1), tea.Sequence(say(2), tea.Batch(say(3), say(4)), tea.Sequence(say(5), say(6))), tea.Sequence(say(7)), tea.Quit)
	got := uitest.Results(t, wrapCmd(7, nil, cmd))
	want := []tea.Msg{
		appMsg{7, hello{1}, nil}, appMsg{7, hello{2}, nil}, appMsg{7, hello{3}, nil}, appMsg{7, hello{4}, nil},
		appMsg{7, hello{5}, nil}, appMsg{7, hello{6}, nil}, appMsg{7, hello{7}, nil}, appMsg{7, tea.QuitMsg{}, nil},
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
	if got := uitest.Results(t, wrapCmd(7, nil, tea.RequestBackgroundColor)); len(got) != 1 || got[0] != req {
		t.Fatalf("the background colour request came back as %#v", got)
	}
	if wrapCmd(7, nil, nil) != nil {
		t.Fatal("a nil command wrapped is not nil")
	}
}

// TestBusyCountsTheAppsWork: the app counts as settled only once every
// message its commands answer with has been handled, however deep in
// batches and sequences; its timers and waits, and what only the runtime
// acts on, never keep it busy.
func TestBusyCountsTheAppsWork(t *testing.T) {
	t.Parallel()
	busy := &inflight{}
	tick := idleTicker(func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return say(99) })
	wait := idleWaiter(func(<-chan struct{}, func() tea.Msg) tea.Cmd { return say(98) })
	cmd := tea.Batch(say(1), tea.Sequence(say(2), tea.Batch(say(3), nil)), tick(time.Hour, nil),
		wait(nil, nil), tea.RequestBackgroundColor)
	c := wrapCmd(1, busy, cmd)
	if busy.settled() {
		t.Fatal("settled with a command under way")
	}
	msgs := uitest.Results(t, c)
	var work int
	for _, msg := range msgs {
		am, ok := msg.(appMsg)
		if !ok {
			continue // the runtime's request
		}
		if am.busy != nil {
			work++
			if busy.settled() {
				t.Fatalf("settled before %v was handled", am.msg)
			}
		}
		am.busy.add(-1) // handled (fromApp)
	}
	if !busy.settled() {
		t.Fatalf("still busy (%d) once every message was handled", busy.n.Load())
	}
	// hello 1–3, and the end of the runtime's request, which comes back
	// through Update so the tour sees the app settle; not the timer's or
	// the wait's.
	if work != 4 {
		t.Errorf("%d messages counted as work, want 4", work)
	}
}
