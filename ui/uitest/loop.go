package uitest

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// Loop runs a root model the way Bubble Tea's event loop does, but on the
// caller's goroutine and without a clock: every message goes to Update, the
// command it returns runs inline (batches and sequences expanded, in
// order), and the messages those commands produce are fed back, first in
// first out. Nothing waits on real time, so a fuzzer can drive thousands of
// inputs a second.
//
// Timers must go through the Env's Ticker (screen.Env.Tick): build the Env
// with Ticker set to the Loop's Ticker.Tick and time only moves when Advance
// fires the pending ticks. A command that sleeps on its own (tea.Tick
// called directly) would block the Loop; the root and every screen route
// their timers through the Env for that reason.
type Loop struct {
	Model  tea.Model
	Ticker Ticker
	Now    time.Time // the fake clock Advance moves
	Quit   bool      // a tea.QuitMsg was produced; later messages are ignored
	// Delivered counts the messages given to Update.
	Delivered int
	// MaxPerSend bounds how many messages one Send may deliver, so a
	// command chain that feeds itself cannot loop forever (0: 1,000).
	MaxPerSend int
	// Record, when set, sees every message given to Update, in order (a
	// fuzzer records the app's start once and replays it with Deliver).
	Record func(tea.Msg)

	queue []tea.Msg
}

// Send delivers msg, then every message its commands lead to.
func (l *Loop) Send(msg tea.Msg) {
	l.queue = append(l.queue[:0], msg)
	l.drain()
}

// Run runs cmd (an Init, say) and delivers every message it leads to.
func (l *Loop) Run(cmd tea.Cmd) {
	l.queue = l.queue[:0]
	l.run(cmd)
	l.drain()
}

func (l *Loop) drain() {
	limit := l.MaxPerSend
	if limit <= 0 {
		limit = 1000
	}
	for n := 0; len(l.queue) > 0 && n < limit && !l.Quit; n++ {
		m := l.queue[0]
		l.queue = l.queue[1:]
		if _, ok := m.(tea.QuitMsg); ok {
			l.Quit = true
			break
		}
		if l.Record != nil {
			l.Record(m)
		}
		var cmd tea.Cmd
		l.Model, cmd = l.Model.Update(m)
		l.Delivered++
		l.run(cmd)
	}
	l.queue = l.queue[:0]
}

// Deliver gives msg to Update and drops the command it returns: replaying
// a recorded run, whose commands' messages are already in the recording.
// Timers the model asks for are still scheduled (the Env's Ticker is
// called by Update, not by the command).
func (l *Loop) Deliver(msg tea.Msg) {
	l.Model, _ = l.Model.Update(msg)
	l.Delivered++
}

// Advance moves the fake clock by d and delivers every tick pending at
// that moment (the ticks they schedule wait for the next Advance).
func (l *Loop) Advance(d time.Duration) {
	l.Now = l.Now.Add(d)
	for _, m := range l.Ticker.Fire(l.Now) {
		l.Send(m)
	}
}

// run executes cmd inline, batches and sequences expanded in order, and
// queues what it produces. Unlike Results it does not watch for hangs:
// the fuzzer needs every input to cost microseconds, and a stuck command
// still shows up as the test binary's timeout, with its stack.
func (l *Loop) run(cmd tea.Cmd) {
	msgs, _ := runner{}.run(cmd) // inline: no errors
	l.queue = append(l.queue, msgs...)
}
