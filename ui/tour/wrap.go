package tour

import (
	"go/token"
	"reflect"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/headless"
)

// appMsg is a message of an app's command, tagged with the app's
// generation so that one from an app since replaced by a rewind is
// dropped instead of reaching the new app. busy, when set, counts the
// command as the app's work until the app has handled msg.
type appMsg struct {
	gen  int
	msg  tea.Msg
	busy *inflight
}

// inflight counts an app's commands under way — store reads and writes,
// and the messages they answer with until the app has handled them — but
// not its timers and waits (idle), which may take as long as they like. At zero
// the app has settled: what it shows is what its last key led to, not a
// page still loading. The tour presses its next key, and believes an
// expect, only then, so a replay at no pace is as sure as a step at the
// presenter's pace. Commands run on the runtime's goroutines, so it is
// atomic.
type inflight struct{ n atomic.Int64 }

func (c *inflight) settled() bool { return c == nil || c.n.Load() <= 0 }

func (c *inflight) add(d int64) {
	if c != nil {
		c.n.Add(d)
	}
}

// idle is the message of an app's command that may take its time, a
// timer or a wait: it was never counted as work.
type idle struct{ msg tea.Msg }

// idleTicker and idleWaiter make the app's timers and waits idle
// commands (asIdle).
func idleTicker(tick func(time.Duration, func(time.Time) tea.Msg) tea.Cmd) func(time.Duration, func(time.Time) tea.Msg) tea.Cmd {
	return func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd { return asIdle(tick(d, fn)) }
}

func idleWaiter(wait func(<-chan struct{}, func() tea.Msg) tea.Cmd) func(<-chan struct{}, func() tea.Msg) tea.Cmd {
	return func(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd { return asIdle(wait(ready, fn)) }
}

// asIdle is never inlined: an inlined copy would make its closure's code
// another copy too, which isIdle would not know.
//
//go:noinline
func asIdle(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg { return idle{cmd()} }
}

// idleCode is the code every command asIdle makes runs: a command is
// told for idle by it, when it is wrapped, before it runs (a func value
// carries no other mark).
var idleCode = reflect.ValueOf(asIdle(func() tea.Msg { return nil })).Pointer()

func isIdle(cmd tea.Cmd) bool { return reflect.ValueOf(cmd).Pointer() == idleCode }

// wrap tags the messages of cmd, an app's command, with the current
// generation, counting it as the app's work.
func (m *Model) wrap(cmd tea.Cmd) tea.Cmd { return wrapCmd(m.gen, m.busy, cmd) }

func wrapCmd(gen int, busy *inflight, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	if isIdle(cmd) {
		return func() tea.Msg { return tag(gen, busy, cmd()) }
	}
	busy.add(1)
	return func() tea.Msg { return tag(gen, busy, cmd()) }
}

// tag tags msg with gen. A batch or a sequence stays one, of tagged
// commands, so the runtime still runs them as it would have; a request
// to the runtime itself (its unexported messages: the background colour,
// a window title…) goes to it untagged, and its answer comes back
// untagged to the current app.
//
// The command was counted as work (wrapCmd): a batch's or sequence's
// commands are counted before it is done, so the count never touches zero
// on the way; a message for the app stays counted until the app has
// handled it (fromApp), and so does the end of a command that answered
// nothing, or only the runtime (done).
func tag(gen int, busy *inflight, msg tea.Msg) tea.Msg {
	counted := busy
	if i, ok := msg.(idle); ok {
		msg, counted = i.msg, nil // never counted (wrapCmd)
	}
	switch m := msg.(type) {
	case nil:
		return done(gen, counted)
	case tea.BatchMsg:
		out := make(tea.BatchMsg, len(m))
		for i, c := range m {
			out[i] = wrapCmd(gen, busy, c)
		}
		counted.add(-1)
		return out
	}
	if cmds, ok := headless.SequenceCmds(msg); ok {
		out := make([]tea.Cmd, len(cmds))
		for i, c := range cmds {
			out[i] = wrapCmd(gen, busy, c)
		}
		counted.add(-1)
		if seq := tea.Sequence(out...); seq != nil {
			return seq()
		}
		return nil
	}
	if forRuntime(msg) {
		if counted == nil {
			return msg
		}
		return tea.BatchMsg{func() tea.Msg { return msg }, func() tea.Msg { return done(gen, counted) }}
	}
	return appMsg{gen: gen, msg: msg, busy: counted}
}

// done is a counted command's end with nothing for the app: it still
// comes back through Update, so the tour sees the app settle then.
func done(gen int, counted *inflight) tea.Msg {
	if counted == nil {
		return nil
	}
	return appMsg{gen: gen, busy: counted}
}

var teaPkg = reflect.TypeFor[tea.QuitMsg]().PkgPath()

// forRuntime reports whether msg is Bubble Tea's own, unexported, which
// only its runtime acts on.
func forRuntime(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == teaPkg && !token.IsExported(t.Name())
}
