package uitest

import (
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Ticker stands in for tea.Tick in tests (set it as the Env's Ticker): it
// records every tick a screen schedules and delivers them only when the
// test fires them, with the time the test chooses. Nothing sleeps.
type Ticker struct {
	mu      sync.Mutex // a command may schedule a tick off the test's goroutine
	pending []scheduled
}

type scheduled struct {
	d  time.Duration
	fn func(time.Time) tea.Msg
}

// Tick records the tick; the command it returns does nothing and returns
// at once, so a driver running it gets no message until Fire.
func (tk *Ticker) Tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	tk.mu.Lock()
	defer tk.mu.Unlock()
	tk.pending = append(tk.pending, scheduled{d, fn})
	return func() tea.Msg { return nil }
}

// Pending is how many ticks are scheduled and not yet fired.
func (tk *Ticker) Pending() int {
	tk.mu.Lock()
	defer tk.mu.Unlock()
	return len(tk.pending)
}

// Interval is the delay of the oldest pending tick (0 if none).
func (tk *Ticker) Interval() time.Duration {
	tk.mu.Lock()
	defer tk.mu.Unlock()
	if len(tk.pending) == 0 {
		return 0
	}
	return tk.pending[0].d
}

// Fire delivers every pending tick as if at time at, returning their
// messages (send them to the screen); the ticks they schedule in turn stay
// pending for the next Fire.
func (tk *Ticker) Fire(at time.Time) []tea.Msg {
	tk.mu.Lock()
	due := tk.pending
	tk.pending = nil
	tk.mu.Unlock()
	out := make([]tea.Msg, 0, len(due))
	for _, s := range due {
		out = append(out, s.fn(at))
	}
	return out
}

// NoTicks is a Ticker that drops every tick: the default of Env, so that
// screens which animate stay still in tests that do not drive them.
func NoTicks(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
