package ui

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/screen"
)

// Keys pressed while the page in front is still loading are held and
// applied, in order, once it has loaded: a scripted demo or a fast typist
// pressing enter then s must see the mini program collected, not the s
// dropped by a page with nothing to collect yet.

// maxTypeAhead bounds the held keys; further keys are dropped, as a
// terminal drops input it cannot keep up with.
const maxTypeAhead = 64

// typeAhead is the keys held for a loading page, oldest first.
type typeAhead struct {
	held []tea.KeyPressMsg
	// waiting: the last replayed key returned commands, and held[0] was
	// sent back as a message after them. A key's commands may open a page
	// (a nav message); only once they have been delivered is it clear
	// which page the next key belongs to, so held[0] is replayed when it
	// arrives. A live press of the same key arriving first stands in for
	// it: the two are interchangeable, and the order stays the same.
	waiting bool
	// replaying: a held key is going through handleKey again and must
	// not be held a second time.
	replaying bool
}

// holdTypeAhead keeps msg for later when the focused page is still
// loading, or keys are already held (so order is kept); it reports
// whether it did.
func (a *App) holdTypeAhead(msg tea.KeyPressMsg) bool {
	t := &a.held
	switch {
	case t.replaying:
		return false
	case t.waiting && msg == t.held[0]:
		t.waiting = false // its turn: replayTypeAhead applies it next
		return true
	case len(t.held) == 0 && !loading(a.focused()):
		return false
	}
	if len(t.held) < maxTypeAhead {
		t.held = append(t.held, msg)
	}
	return true
}

// typingAhead reports that keys are held and new ones must queue behind
// them (the help overlay then leaves keys to holdTypeAhead).
func (a *App) typingAhead() bool {
	t := &a.held
	return len(t.held) > 0 && !t.replaying
}

// replayTypeAhead applies the held keys, through the normal key path,
// while the page in front is not loading. After a key whose commands may
// navigate, the next one waits for them (see typeAhead.waiting); if a key
// opens a page that loads, the rest stay held for it.
func (a *App) replayTypeAhead() tea.Cmd {
	t := &a.held
	if t.waiting {
		return nil
	}
	var cmd tea.Cmd
	for len(t.held) > 0 && !loading(a.focused()) {
		if cmd != nil {
			t.waiting = true
			return tea.Sequence(cmd, screen.Send(t.held[0]))
		}
		k := t.held[0]
		t.held = t.held[1:]
		t.replaying = true
		cmd = a.handleKey(k)
		t.replaying = false
	}
	return cmd
}

// loading reports whether s is a page whose load has not answered yet.
func loading(s screen.Screen) bool {
	l, ok := s.(screen.Loader)
	return ok && l.Loading()
}
