package uitest

import (
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// HangAfter is how long a command may run before the drivers fail the
// test, naming it. It detects hangs, not slowness: store commands take
// milliseconds, and every timer goes through the Env's Ticker (screen.Env
// Tick), whose test versions return at once. Nothing is ever dropped for
// taking long, so a slow disk or -race cannot lose a message.
const HangAfter = 10 * time.Second

// maxDepth bounds command chains so a test cannot loop forever.
const maxDepth = 32

// Results runs cmd as Bubble Tea's runtime would and returns the messages
// it produces: a tea.Sequence's commands one after another (each one's
// messages, recursively, before the next starts), a tea.Batch's at once,
// with their messages in the batch's order, so a test sees the same order
// on every run. A command that panics or runs longer than HangAfter fails
// the test.
func Results(t testing.TB, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	r := runner{limit: HangAfter}
	msgs, err := r.run(cmd)
	if err != nil {
		t.Fatal(err)
	}
	return msgs
}

// runner expands commands into their messages. With limit set, each
// command runs on its own goroutine, watched for hangs and panics, and a
// batch's commands run concurrently; with limit zero (the fuzz Loop),
// everything runs inline on the caller's goroutine, in order.
type runner struct {
	limit time.Duration
}

// run executes cmd and expands the batch or sequence it returns.
func (r runner) run(cmd tea.Cmd) ([]tea.Msg, error) {
	if cmd == nil {
		return nil, nil
	}
	msg, err := r.call(cmd)
	if err != nil {
		return nil, err
	}
	switch m := msg.(type) {
	case nil:
		return nil, nil
	case tea.BatchMsg:
		return r.batch(m)
	}
	// tea.Sequence's message type is unexported; it is a []tea.Cmd too.
	if cmds, ok := reflectCmds(msg); ok {
		return r.sequence(cmds)
	}
	return []tea.Msg{msg}, nil
}

// sequence runs cmds in order: each one's messages, and those of the
// commands it expands to, are in before the next starts.
func (r runner) sequence(cmds []tea.Cmd) ([]tea.Msg, error) {
	var all []tea.Msg
	for _, c := range cmds {
		msgs, err := r.run(c)
		if err != nil {
			return nil, err
		}
		all = append(all, msgs...)
	}
	return all, nil
}

// batch runs cmds concurrently (inline in order without a limit) and
// returns their messages in the batch's order.
func (r runner) batch(cmds []tea.Cmd) ([]tea.Msg, error) {
	if r.limit == 0 {
		return r.sequence(cmds)
	}
	type result struct {
		msgs []tea.Msg
		err  error
	}
	out := make([]chan result, len(cmds))
	for i, c := range cmds {
		out[i] = make(chan result, 1)
		go func() {
			msgs, err := r.run(c)
			out[i] <- result{msgs, err}
		}()
	}
	// Each command is watched by its own run, so this wait ends.
	var all []tea.Msg
	for _, ch := range out {
		res := <-ch
		if res.err != nil {
			return nil, res.err
		}
		all = append(all, res.msgs...)
	}
	return all, nil
}

// call runs one command, on another goroutine when watched, and reports
// a hang or a panic as an error naming the command.
func (r runner) call(cmd tea.Cmd) (tea.Msg, error) {
	if r.limit == 0 {
		return cmd(), nil
	}
	type result struct {
		msg   tea.Msg
		panic any
		stack []byte
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{panic: p, stack: debug.Stack()}
			}
		}()
		done <- result{msg: cmd()}
	}()
	timer := time.NewTimer(r.limit)
	defer timer.Stop()
	select {
	case res := <-done:
		if res.panic != nil {
			return nil, fmt.Errorf("command %s panicked: %v\n%s", CmdName(cmd), res.panic, res.stack)
		}
		return res.msg, nil
	case <-timer.C:
		return nil, fmt.Errorf("command %s did not return within %v: a hang (a timer must go through the Env's Ticker)", CmdName(cmd), r.limit)
	}
}

// CmdName names a command by the function it is and where that function
// is written, e.g. "lifesim/ui/actions.Record.func1 (ui/actions/record.go:15)".
func CmdName(cmd tea.Cmd) string {
	if cmd == nil {
		return "<nil>"
	}
	f := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer())
	if f == nil {
		return "<unknown>"
	}
	file, line := f.FileLine(f.Entry())
	return fmt.Sprintf("%s (%s:%d)", f.Name(), file, line)
}
