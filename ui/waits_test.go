package ui_test

import tea "charm.land/bubbletea/v2"

// The observer panel waits for the log to grow in a command that blocks
// (ui.Options.Waiter, observer.Block). uitest's drivers run commands to
// completion, so tests driven by them hold the waits instead, as
// uitest.Ticker holds timers.

// noWaits drops every wait: the panel reads when shown and then stays
// still (testOptions' default, like uitest.NoTicks for timers).
func noWaits(<-chan struct{}, func() tea.Msg) tea.Cmd { return nil }

// heldWaits holds each wait until the test asks for the ones whose log has
// grown (ready). The panel asks for a wait inside Update, so a driver's
// goroutine is the only one using it.
type heldWaits struct {
	held []heldWait
}

type heldWait struct {
	ready <-chan struct{}
	fn    func() tea.Msg
}

// hold is the Waiter: it records the wait and returns no command.
func (w *heldWaits) hold(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd {
	w.held = append(w.held, heldWait{ready, fn})
	return nil
}

// ready takes the waits whose ready channel is closed and returns their
// messages (send them to the app); the others stay held.
func (w *heldWaits) ready() []tea.Msg {
	var out []tea.Msg
	kept := w.held[:0]
	for _, h := range w.held {
		select {
		case <-h.ready:
			out = append(out, h.fn())
		default:
			kept = append(kept, h)
		}
	}
	w.held = kept
	return out
}
