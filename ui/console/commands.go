package console

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
)

// The console's reads run in commands and answer with messages; its
// waits (for the roster or the log to change) block in commands, so
// Update never waits and no goroutine of the console's polls.

// rosterMsg is a snapshot of the roster and the channel that closes at
// the next change after it.
type rosterMsg struct {
	people []Participant
	next   <-chan struct{}
}

// rosterPauseMsg: rosterGap has passed since the snapshot; the wait for
// the next change can start (on the channel taken with the snapshot, so
// a change made during the pause wakes it at once).
type rosterPauseMsg rosterMsg

// snapshot reads the roster: the channel first, so that a change made
// while the list is copied still wakes the next wait.
func snapshot(r Roster) func() tea.Msg {
	return func() tea.Msg {
		next := r.Changed()
		return rosterMsg{people: r.Participants(), next: next}
	}
}

// funnelMsg is the funnel by variant as of the log's event last (or the
// read's failure).
type funnelMsg struct {
	groups []model.FunnelGroup
	last   uint64
	err    error
}

// readFunnel reads the log's last Seq, then the funnel: an event landing
// in between is in the figures and wakes the next wait at once, so none
// is missed.
func readFunnel(s Store) tea.Cmd {
	return func() tea.Msg {
		evs, err := s.LatestEvents(1)
		if err != nil {
			return funnelMsg{err: err}
		}
		var last uint64
		if len(evs) > 0 {
			last = evs[len(evs)-1].Seq
		}
		groups, err := s.FunnelGroups(FunnelDays)
		return funnelMsg{groups: groups, last: last, err: err}
	}
}

// appendedMsg: the log has grown past the last read (or the store has
// closed: the read that follows says so).
type appendedMsg struct{}

// cooledMsg: readGap has passed since the last read's answer.
type cooledMsg struct{}

// clockMsg: a second has passed.
type clockMsg struct{}

// block is the default Waiter: a command that returns fn's message once
// ready is closed.
func block(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd {
	return func() tea.Msg {
		<-ready
		return fn()
	}
}
