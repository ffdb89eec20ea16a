package uitest

import tea "charm.land/bubbletea/v2"

// The observer panel waits for the log to grow in a command that blocks
// (ui.Options.Waiter, observer.Block). The drivers here run commands to
// completion, so tests hold the waits instead, as Ticker holds timers.

// NoWaits is a Waiter that drops every wait: the panel reads when shown
// and then stays still (like NoTicks for timers).
func NoWaits(<-chan struct{}, func() tea.Msg) tea.Cmd { return nil }

// Waits holds each wait until the test asks for the ones whose log has
// grown. The panel asks for a wait inside Update, so only the driver's
// goroutine uses it. The zero value is ready.
type Waits struct {
	held []heldWait
}

type heldWait struct {
	ready <-chan struct{}
	fn    func() tea.Msg
}

// Hold is the Waiter: it records the wait and returns no command.
func (w *Waits) Hold(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd {
	w.held = append(w.held, heldWait{ready, fn})
	return nil
}

// Ready takes the waits whose channel is closed and returns their
// messages (send them to the app); the others stay held.
func (w *Waits) Ready() []tea.Msg {
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
