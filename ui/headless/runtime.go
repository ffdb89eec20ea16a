package headless

import (
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
)

// start is the instant virtual time begins at: fixed, so a timer's
// message carries the same time on every run.
var start = time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)

// MaxMessages bounds the messages one Run gives to Update, so a model
// whose messages feed themselves fails instead of running forever.
const MaxMessages = 1_000_000

// maxNesting bounds sequences run inside sequences (each drains the
// queue before its next command, see exec).
const maxNesting = 10_000

// ErrIdle is Run's error when the model has not quit and nothing can
// happen any more: no message queued, no timer scheduled, no wait ready.
var ErrIdle = errors.New("headless: the model is idle with nothing scheduled (it did not quit, and no timer or wait is pending)")

// Runtime runs one tea.Model with no terminal, in virtual time, on the
// caller's goroutine: the same model gives the same messages in the same
// order, and so the same frames, on every run, and an hour of timers
// passes at once.
//
// What it does not do, as Bubble Tea's runtime would:
//   - No terminal answers: tea.RequestBackgroundColor and the like are
//     commands whose (internal) messages reach Update unchanged, and
//     models ignore them; no key, mouse or colour message arrives unless
//     a model sends it to itself (a tour does).
//   - Commands run one at a time, inline. A command that blocks (calls
//     time.Sleep, or a tea.Tick made outside the Runtime) blocks Run:
//     every timer must go through Ticker, every wait through Waiter.
//   - A timer's command returns at once, so in a tea.Sequence the
//     commands after a Ticker command do not wait for its message (with
//     tea.Tick they would): schedule the next step from the message.
type Runtime struct {
	width, height int

	now    time.Duration // virtual time since start
	timers []timer       // scheduled, in order due, ties in the order scheduled
	waits  []wait        // held, in the order made

	model     tea.Model
	queue     []tea.Msg
	delivered int
	limit     int // MaxMessages; tests lower it
	nesting   int
	quit      bool
}

type timer struct {
	due time.Duration
	fn  func(time.Time) tea.Msg
}

type wait struct {
	ready <-chan struct{}
	fn    func() tea.Msg
}

// New is a Runtime for a terminal of width×height cells, which the model
// learns from the tea.WindowSizeMsg it gets first.
func New(width, height int) *Runtime {
	return &Runtime{width: width, height: height, limit: MaxMessages}
}

// Now is how much virtual time has passed since the run began.
func (r *Runtime) Now() time.Duration { return r.now }

// Ticker is a virtual tea.Tick: fn's message arrives once virtual time
// reaches now+d, now being when Ticker is called (as tea.Tick's timer
// starts when it is made). The timer is scheduled when its command runs,
// so a command dropped by the model never fires. Give it to
// ui.Options.Ticker and to every timer of a model run here.
func (r *Runtime) Ticker(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	due := r.now + max(d, 0)
	return func() tea.Msg {
		r.schedule(timer{due: due, fn: fn})
		return nil
	}
}

// schedule inserts t after every timer due no later than it.
func (r *Runtime) schedule(t timer) {
	i := len(r.timers)
	for i > 0 && r.timers[i-1].due > t.due {
		i--
	}
	r.timers = append(r.timers, timer{})
	copy(r.timers[i+1:], r.timers[i:])
	r.timers[i] = t
}

// Waiter holds fn until ready is closed, then delivers its message when
// nothing else is queued (ui.Options.Waiter: the observer panel's wait
// for the log to grow). The wait is held when its command runs.
func (r *Runtime) Waiter(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd {
	return func() tea.Msg {
		r.waits = append(r.waits, wait{ready: ready, fn: fn})
		return nil
	}
}

// Run runs m until it quits (a tea.QuitMsg) and returns the final model.
//
// m's Init is called first; the first message Update gets is a
// tea.WindowSizeMsg of the Runtime's size, then the messages of Init's
// command. Messages are delivered one at a time, first in first out, and
// the command Update returns runs at once (see exec). When no message is
// left, Run calls frame with the virtual time and the View's content if
// it differs from the last frame's (the first frame always), then
// delivers the held waits whose channel is closed, in the order they were
// made; if none is ready, it moves virtual time to the earliest timer and
// delivers that timer's message. The last frame is drawn before Run
// returns after a quit.
//
// Run returns ErrIdle when the model has not quit and nothing is left to
// happen, and an error when it has delivered MaxMessages messages. A
// Runtime runs one model once: virtual time goes on from where a run
// ended.
func (r *Runtime) Run(m tea.Model, frame func(at time.Duration, content string)) (tea.Model, error) {
	r.model, r.queue, r.quit, r.delivered = m, nil, false, 0
	drawn, last := false, ""
	cmd := m.Init()
	r.queue = append(r.queue, tea.WindowSizeMsg{Width: r.width, Height: r.height})
	err := r.exec(cmd)
	for err == nil {
		if err = r.drain(); err != nil {
			break
		}
		if content := r.model.View().Content; !drawn || content != last {
			drawn, last = true, content
			if frame != nil {
				frame(r.now, content)
			}
		}
		if r.quit || (!r.deliverReady() && !r.fireNext()) {
			break
		}
	}
	if err == nil && !r.quit {
		err = ErrIdle
	}
	return r.model, err
}

// drain delivers the queued messages, and those their commands produce,
// until none is left or the model quits.
func (r *Runtime) drain() error {
	for len(r.queue) > 0 && !r.quit {
		msg := r.queue[0]
		r.queue[0] = nil
		r.queue = r.queue[1:]
		if _, ok := msg.(tea.QuitMsg); ok {
			r.quit = true
			return nil
		}
		if r.delivered >= r.limit {
			return fmt.Errorf("headless: %d messages delivered and the model has not quit: a message that leads to itself?", r.delivered)
		}
		r.delivered++
		var cmd tea.Cmd
		r.model, cmd = r.model.Update(msg)
		if err := r.exec(cmd); err != nil {
			return err
		}
	}
	return nil
}

// exec runs cmd and queues its message. A tea.Batch's commands run in the
// batch's order. A tea.Sequence's run one after another, and before each
// next one the queue is drained: its predecessor's messages, and what
// they lead to, have reached Update, as a person's keys each have their
// effect before the next key.
func (r *Runtime) exec(cmd tea.Cmd) error {
	if cmd == nil || r.quit {
		return nil
	}
	msg := cmd()
	if msg == nil {
		return nil
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			if err := r.exec(c); err != nil {
				return err
			}
		}
		return nil
	}
	if seq, ok := SequenceCmds(msg); ok {
		return r.sequence(seq)
	}
	r.queue = append(r.queue, msg)
	return nil
}

// sequence runs cmds in order, draining the queue after each.
func (r *Runtime) sequence(cmds []tea.Cmd) error {
	if r.nesting >= maxNesting {
		return fmt.Errorf("headless: sequences nested %d deep: a sequence whose messages lead to another, forever?", r.nesting)
	}
	r.nesting++
	defer func() { r.nesting-- }()
	for _, c := range cmds {
		if err := r.exec(c); err != nil {
			return err
		}
		if err := r.drain(); err != nil {
			return err
		}
	}
	return nil
}

// deliverReady queues the messages of the held waits whose channel is
// closed, in the order they were made, and reports whether there were any.
func (r *Runtime) deliverReady() bool {
	kept := r.waits[:0]
	ready := false
	for _, w := range r.waits {
		select {
		case <-w.ready:
			ready = true
			if msg := w.fn(); msg != nil {
				r.queue = append(r.queue, msg)
			}
		default:
			kept = append(kept, w)
		}
	}
	clear(r.waits[len(kept):])
	r.waits = kept
	return ready
}

// fireNext moves virtual time to the earliest timer and queues its
// message; false when no timer is scheduled.
func (r *Runtime) fireNext() bool {
	if len(r.timers) == 0 {
		return false
	}
	t := r.timers[0]
	r.timers[0] = timer{}
	r.timers = r.timers[1:]
	r.now = max(r.now, t.due)
	if msg := t.fn(start.Add(r.now)); msg != nil {
		r.queue = append(r.queue, msg)
	}
	return true
}
