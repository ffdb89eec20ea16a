package console

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/uitest"
)

// fakeRoster is a room's roster the test changes by hand.
type fakeRoster struct {
	mu      sync.Mutex
	people  []Participant
	changed chan struct{}
	left    map[string]string // session → why it ended
}

func newRoster(people ...Participant) *fakeRoster {
	return &fakeRoster{people: people, changed: make(chan struct{}), left: map[string]string{}}
}

func (r *fakeRoster) Participants() []Participant {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Participant(nil), r.people...)
}

func (r *fakeRoster) Changed() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.changed
}

func (r *fakeRoster) Left(session string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.left[session]
}

// set replaces the list and wakes the console.
func (r *fakeRoster) set(people ...Participant) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.people = people
	close(r.changed)
	r.changed = make(chan struct{})
}

// leave removes the participant with session s, which ended for why.
func (r *fakeRoster) leave(s, why string) {
	r.mu.Lock()
	kept := []Participant{}
	for _, p := range r.people {
		if p.Session != s {
			kept = append(kept, p)
		}
	}
	r.left[s] = why
	r.mu.Unlock()
	r.set(kept...)
}

// wall is the test's wall clock, moved by hand.
type wall struct{ ns atomic.Int64 }

func newWall(t time.Time) *wall {
	w := &wall{}
	w.ns.Store(t.UnixNano())
	return w
}

func (w *wall) Now() time.Time                  { return time.Unix(0, w.ns.Load()).In(uitest.Now.Location()) }
func (w *wall) Add(d time.Duration)             { w.ns.Add(int64(d)) }
func (w *wall) Since(d time.Duration) time.Time { return w.Now().Add(-d) }

var (
	alice = Participant{
		Name: "alice", Persona: "alice", Session: "sess-alice", Remote: "127.0.0.1:53122", Where: "Search › KFC",
		Arms: model.Assignment{"collect_guidance": "on", "feed_ranking": "recommended", "life_entry": "tab", "pay_success_coupons": "off"},
	}
	bob = Participant{
		Name: "bob", Persona: "bob", Session: "sess-bob", Remote: "192.168.1.31:40022", Where: "Home",
		Arms: model.Assignment{"collect_guidance": "off", "feed_ranking": "chronological", "life_entry": "messages", "pay_success_coupons": "on"},
	}
)

// walkChain records one session of persona walking the chain to the
// collect in arms, the way the app does.
func walkChain(t testing.TB, db *store.DB, persona model.PersonaID, session string, arms model.Assignment) {
	t.Helper()
	a := model.Actor{Persona: persona, Session: session, At: uitest.Now, Variants: arms}
	search := model.NewEvent(a, model.EventSearch, "", "", "kfc")
	search.Value = 3
	steps := []func() error{
		func() error { return db.RecordEvent(model.NewEvent(a, model.EventAppStart, string(persona), "", "")) },
		func() error { return db.RecordEvent(search) },
		func() error { _, err := db.OpenMiniProgram(a, "kfc-ordering", model.SourceSearch); return err },
		func() error { _, err := db.ToggleFavourite(a, "kfc-ordering", model.SourceSearch); return err },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("%s step %d: %v", persona, i, err)
		}
	}
}

// countingStore counts the funnel reads.
type countingStore struct {
	*store.DB
	reads atomic.Int64
}

func (s *countingStore) FunnelGroups(days int) ([]model.FunnelGroup, error) {
	s.reads.Add(1)
	return s.DB.FunnelGroups(days)
}
