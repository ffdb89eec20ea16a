package uitest

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// cmdTimeout bounds how long a command may take before it is treated as a
// timer (tea.Tick) and dropped: store commands on a temp file are far
// faster, ticks far slower.
const cmdTimeout = 300 * time.Millisecond

// maxDepth bounds command chains so a test cannot loop forever.
const maxDepth = 32

// Results runs cmd and returns the messages it produces, unwrapping
// batches and sequences. Commands that do not finish within cmdTimeout
// (ticks) are dropped.
func Results(cmd tea.Cmd) []tea.Msg { return ResultsWithin(cmd, cmdTimeout) }

// ResultsWithin is Results with another bound on how long a command may
// take before it counts as a timer (fuzzing uses a short one).
func ResultsWithin(cmd tea.Cmd, timeout time.Duration) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(timeout):
		return nil
	}
	switch m := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		return runAll(m, timeout)
	}
	// tea.Sequence's message type is unexported; it is a []tea.Cmd too.
	if cmds, ok := asCmds(msg); ok {
		return runAll(cmds, timeout)
	}
	return []tea.Msg{msg}
}

func runAll(cmds []tea.Cmd, timeout time.Duration) []tea.Msg {
	type res struct {
		i    int
		msgs []tea.Msg
	}
	ch := make(chan res, len(cmds))
	for i, c := range cmds {
		go func() { ch <- res{i, ResultsWithin(c, timeout)} }()
	}
	out := make([][]tea.Msg, len(cmds))
	for range cmds {
		r := <-ch
		out[r.i] = r.msgs
	}
	var all []tea.Msg
	for _, m := range out {
		all = append(all, m...)
	}
	return all
}

func asCmds(msg tea.Msg) ([]tea.Cmd, bool) {
	return reflectCmds(msg)
}
