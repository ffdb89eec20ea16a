package observer

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/store"
)

// The panel follows the log instead of re-reading it after every message:
// once a read is answered it waits, in a command, for the store's append
// notification (store.Appends), then reads what was appended and waits
// again. Any writer in the process wakes it: this session's commands,
// another session's (SSH serves many in one process), a direct store
// write. The wait ends when the store closes, so no goroutine outlives it.

// AppendedMsg is the answer to the panel's wait: the log has grown since
// the last read, or the store has closed (then the read that follows
// fails and the panel stops following).
type AppendedMsg struct{}

// WaitFunc runs the panel's wait: the command it returns delivers fn's
// message once ready is closed. Block is the real one; a test driver that
// runs commands inline holds the waits instead and delivers them itself,
// as it does timers.
type WaitFunc func(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd

// Block is the WaitFunc of a running program: a command that blocks until
// ready is closed.
func Block(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd {
	return func() tea.Msg {
		<-ready
		return fn()
	}
}

// Follow waits for events appended after the last one read, unless a wait
// is already under way (there is at most one), a read is in flight (its
// answer calls Follow again), nothing was read yet, or the last read
// failed (the store may be closed; showing the panel again retries).
func (m *Panel) Follow(log store.Appends, wait WaitFunc) tea.Cmd {
	if m.waiting || m.inflight || !m.loaded || m.err != nil {
		return nil
	}
	m.waiting = true
	return wait(log.Appended(m.fig.Last), func() tea.Msg { return AppendedMsg{} })
}

// Woken takes the wait's answer: no wait is under way any more. The
// caller reads (Request) if the panel is shown; a hidden panel reads when
// it is shown again.
func (m *Panel) Woken() { m.waiting = false }

// Waiting reports whether a wait is under way.
func (m *Panel) Waiting() bool { return m.waiting }
