// Package observer is the panel a researcher or presenter sees beside the
// phone in a wide terminal: the live event stream and the chain funnel for
// the current session and for all sessions. It is drawn by the root, never
// inside the phone, and reads the event log only in commands.
package observer

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/report"
	"lifesim/store"
)

// TailSize is how many of the latest events the panel keeps.
const TailSize = 200

// Panel is the panel's data: an incremental funnel analysis of the whole
// log and its latest events. Reads are coalesced: while one is in flight,
// further requests only mark that another read is wanted. Between reads
// the panel waits for the log to grow (follow.go).
type Panel struct {
	analysis *model.Analysis
	tail     []model.Event
	err      error
	inflight bool
	pending  bool
	waiting  bool // a Follow wait is under way
}

// LoadedMsg is the answer to a read of the log. A first read (Fresh) folds
// the whole log into a new analysis inside the command; later reads carry
// only the events after the last one seen.
type LoadedMsg struct {
	Fresh  *model.Analysis
	Events []model.Event // new events, oldest first (at most TailSize of them for a fresh read)
	Err    error
}

// Request asks for the events appended since the last read, unless a read
// is already in flight (then one more read follows it).
func (m *Panel) Request(st store.EventLog) tea.Cmd {
	if m.inflight {
		m.pending = true
		return nil
	}
	m.inflight = true
	if m.analysis == nil {
		return readAll(st)
	}
	return readAfter(st, m.analysis.Last())
}

// Update takes a read's answer and returns the follow-up read if one was
// requested meanwhile.
func (m *Panel) Update(msg LoadedMsg, st store.EventLog) tea.Cmd {
	m.inflight = false
	m.err = msg.Err
	switch {
	case msg.Fresh != nil:
		m.analysis = msg.Fresh
		m.tail = msg.Events
	case m.analysis != nil:
		m.analysis.Add(msg.Events...)
		for _, e := range msg.Events {
			if len(m.tail) == 0 || e.Seq > m.tail[len(m.tail)-1].Seq {
				m.tail = append(m.tail, e)
			}
		}
	}
	if n := len(m.tail); n > TailSize {
		m.tail = append([]model.Event(nil), m.tail[n-TailSize:]...)
	}
	if m.pending {
		m.pending = false
		return m.Request(st)
	}
	return nil
}

// Analysis is the funnel analysis so far (nil before the first read).
func (m *Panel) Analysis() *model.Analysis { return m.analysis }

// Tail is the latest events, oldest first.
func (m *Panel) Tail() []model.Event { return m.tail }

// readAll folds the whole log into a new analysis, keeping only the
// latest events in memory however long the log is.
func readAll(st store.EventLog) tea.Cmd {
	return func() tea.Msg {
		a := model.NewAnalysis()
		var tail []model.Event
		err := report.EachEvent(st, 0, func(e model.Event) error {
			a.Add(e)
			tail = append(tail, e)
			if n := len(tail); n > 2*TailSize {
				tail = append([]model.Event(nil), tail[n-TailSize:]...)
			}
			return nil
		})
		if err != nil {
			return LoadedMsg{Err: err}
		}
		if n := len(tail); n > TailSize {
			tail = tail[n-TailSize:]
		}
		return LoadedMsg{Fresh: a, Events: tail}
	}
}

// readAfter is every event after seq after; on an error, the events read
// before it.
func readAfter(st store.EventLog, after uint64) tea.Cmd {
	return func() tea.Msg {
		var out []model.Event
		err := report.EachEvent(st, after, func(e model.Event) error {
			out = append(out, e)
			return nil
		})
		return LoadedMsg{Events: out, Err: err}
	}
}
