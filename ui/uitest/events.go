package uitest

import (
	"testing"

	"lifesim/model"
	"lifesim/store"
)

// Events is st's whole event log, oldest first.
func Events(t testing.TB, st store.EventLog) []model.Event {
	t.Helper()
	evs, err := st.Events(0, 1<<30)
	if err != nil {
		t.Fatalf("events: %v", err)
	}
	return evs
}

// Match describes the events a test looks for: every field set must be
// equal; the zero Match matches every event.
type Match struct {
	Kind    model.EventKind
	Target  string
	Source  model.Source
	Persona model.PersonaID
	Session string
	Detail  string
}

// Matches reports whether e has every field m sets.
func (m Match) Matches(e model.Event) bool {
	return (m.Kind == "" || e.Kind == m.Kind) &&
		(m.Target == "" || e.Target == m.Target) &&
		(m.Source == "" || e.Source == m.Source) &&
		(m.Persona == "" || e.Persona == m.Persona) &&
		(m.Session == "" || e.Session == m.Session) &&
		(m.Detail == "" || e.Detail == m.Detail)
}

// Filter is the events of evs that m matches, in order.
func Filter(evs []model.Event, m Match) []model.Event {
	var out []model.Event
	for _, e := range evs {
		if m.Matches(e) {
			out = append(out, e)
		}
	}
	return out
}

// Index is the position of the first event of evs that m matches, or -1.
func Index(evs []model.Event, m Match) int {
	for i, e := range evs {
		if m.Matches(e) {
			return i
		}
	}
	return -1
}

// FindEvents is the events of st's log that m matches, oldest first.
func FindEvents(t testing.TB, st store.EventLog, m Match) []model.Event {
	t.Helper()
	return Filter(Events(t, st), m)
}

// LastEvent is the latest event of st's log that m matches; the test
// fails if there is none.
func LastEvent(t testing.TB, st store.EventLog, m Match) model.Event {
	t.Helper()
	evs := FindEvents(t, st, m)
	if len(evs) == 0 {
		t.Fatalf("no event matches %+v in the log:\n%+v", m, Events(t, st))
	}
	return evs[len(evs)-1]
}
