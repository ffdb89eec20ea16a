// Package observer is the panel a researcher or presenter sees beside the
// phone in a wide terminal: the live event stream and the chain funnel for
// the current session and for all sessions (a room's participant sees only
// their own session: Panel.Own). It is drawn by the root, never inside the
// phone, and reads the store only in commands.
package observer

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
)

// TailSize is how many of the latest events the panel keeps.
const TailSize = 200

// Log is what the panel reads: the funnel the store keeps with the event
// log, and the log's latest events (store.Funnels). Each read costs the
// same however long the log is, and the panel holds only its figures and
// the tail.
type Log interface {
	FunnelView(session string, days int, after uint64, tail int) (store.FunnelView, error)
}

// Panel is the panel's data: the funnel figures as of the last read and
// the latest events. Reads are coalesced: while one is in flight, further
// requests only mark that another read is wanted. Between reads the panel
// waits for the log to grow (follow.go).
type Panel struct {
	// Own limits the panel to the session it reads for: that session's
	// funnel without the room's, and only its events. A room's participant
	// sees their own session; the room's figures are the researcher's.
	Own bool

	fig      store.FunnelView // Tail unused: tail below
	session  string           // whose figures fig.Session are
	loaded   bool
	tail     []model.Event
	err      error
	inflight bool
	pending  bool
	waiting  bool // a Follow wait is under way

	// version counts the reads answered: the drawing is kept (view.go)
	// until a read, the size, the palette or who is acting changes.
	version int
	kept    keptView
}

// LoadedMsg is the answer to a read: the figures as of the log's last
// event, and the latest events after the last one read before.
type LoadedMsg struct {
	Session string
	View    store.FunnelView
	Err     error
}

// Request asks for the figures and the events appended since the last
// read, session's own funnel among them, unless a read is already in
// flight (then one more read follows it).
func (m *Panel) Request(log Log, session string) tea.Cmd {
	if m.inflight {
		m.pending = true
		return nil
	}
	m.inflight = true
	after := m.fig.Last
	return func() tea.Msg {
		v, err := log.FunnelView(session, RetentionDays, after, TailSize)
		return LoadedMsg{Session: session, View: v, Err: err}
	}
}

// Update takes a read's answer and returns the follow-up read, for
// session, if one was requested meanwhile.
func (m *Panel) Update(msg LoadedMsg, log Log, session string) tea.Cmd {
	m.version++
	m.inflight = false
	m.err = msg.Err
	if msg.Err == nil {
		m.keep(msg.View.Tail, msg.Session)
		m.fig, m.session, m.loaded = msg.View, msg.Session, true
		m.fig.Tail = nil
	}
	if m.pending {
		m.pending = false
		return m.Request(log, session)
	}
	return nil
}

// keep adds the events of a read not yet in the tail (the Own panel only
// session's), and keeps the latest TailSize.
func (m *Panel) keep(events []model.Event, session string) {
	for _, e := range events {
		if m.Own && e.Session != session {
			continue
		}
		if len(m.tail) == 0 || e.Seq > m.tail[len(m.tail)-1].Seq {
			m.tail = append(m.tail, e)
		}
	}
	if n := len(m.tail); n > TailSize {
		m.tail = append([]model.Event(nil), m.tail[n-TailSize:]...)
	}
}

// Funnel is the chain funnel over every session as of the last read.
func (m *Panel) Funnel() model.Funnel { return m.fig.All }

// Last is the Seq of the log's last event as of the last read.
func (m *Panel) Last() uint64 { return m.fig.Last }

// Tail is the latest events, oldest first.
func (m *Panel) Tail() []model.Event { return m.tail }

// sessionFigures is session's own funnel and the chains its revisits
// completed, as of the last read (none for a session it was not read for).
func (m *Panel) sessionFigures(session string) (model.Funnel, int) {
	if session != m.session {
		return model.Funnel{}, 0
	}
	return m.fig.Session, m.fig.Completed
}
