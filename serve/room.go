package serve

import (
	"errors"
	"fmt"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/console"
)

// Room is the set of app sessions being served: it admits them (one per
// name, at most MaxSessions), lists them for the console (console.Roster)
// and ends them from outside, for idleness or shutdown, the way quitting
// ends them (ui.StopMsg), so that every session writes its app_stop.
type Room struct {
	max int

	mu      sync.Mutex
	seats   []*seat // connection order
	closing bool
	changed chan struct{} // closed and replaced at each change
	empty   chan struct{} // closed when closing and the last seat leaves
	gone    departures    // why the last sessions ended, for the console
}

func newRoom(max int) *Room {
	return &Room{max: max, changed: make(chan struct{}), empty: make(chan struct{})}
}

// Why a connection is turned away, in the one line its client sees.
var (
	errClosing = errors.New("the room is closing")
)

func errFull(n int) error {
	return fmt.Errorf("the room is full (%d sessions); try again when someone leaves", n)
}

func errTaken(name string) error {
	return fmt.Errorf("%s is already connected; connect with another name (ssh NAME@host)", name)
}

// join admits s, unless the room is closing or full, or its name is
// already connected.
func (r *Room) join(s *seat) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.closing:
		return errClosing
	case len(r.seats) >= r.max:
		return errFull(r.max)
	}
	for _, o := range r.seats {
		if o.name == s.name {
			return errTaken(s.name)
		}
	}
	r.seats = append(r.seats, s)
	r.changedLocked()
	return nil
}

// leave removes s, the session having ended.
func (r *Room) leave(s *seat) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, o := range r.seats {
		if o == s {
			r.seats = append(r.seats[:i], r.seats[i+1:]...)
			break
		}
	}
	r.gone.add(s.session, s.ended())
	r.changedLocked()
	if r.closing && len(r.seats) == 0 {
		closeOnce(r.empty)
	}
}

// changedLocked wakes whoever waits on Changed. r.mu is held.
func (r *Room) changedLocked() {
	close(r.changed)
	r.changed = make(chan struct{})
}

// touched is called when a seat's Where changes.
func (r *Room) touched() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.changedLocked()
}

// Participants implements console.Roster.
func (r *Room) Participants() []console.Participant {
	r.mu.Lock()
	seats := append([]*seat(nil), r.seats...)
	r.mu.Unlock()
	out := make([]console.Participant, 0, len(seats))
	for _, s := range seats {
		out = append(out, s.participant())
	}
	return out
}

// Changed implements console.Roster.
func (r *Room) Changed() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.changed
}

// Left implements console.Departures.
func (r *Room) Left(session string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.gone.why[session]
}

// Len is how many sessions are connected.
func (r *Room) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.seats)
}

// close turns new sessions away and ends every session with detail
// "shutdown". The returned channel is closed once the last has left.
func (r *Room) close() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closing = true
	for _, s := range r.seats {
		s.stop("shutdown")
	}
	if len(r.seats) == 0 {
		closeOnce(r.empty)
	}
	r.changedLocked()
	return r.empty
}

// stopIdle ends the sessions whose last input is older than idle.
func (r *Room) stopIdle(now time.Time, idle time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.seats {
		if now.Sub(s.lastInput()) >= idle {
			s.stop("idle")
		}
	}
}

func closeOnce(c chan struct{}) {
	select {
	case <-c:
	default:
		close(c)
	}
}

// seat is one connected app session.
type seat struct {
	room    *Room
	name    string
	session string
	remote  string
	since   time.Time // wall clock
	admin   bool

	mu sync.Mutex
	// persona and arms are set once the seat is taken (the console may
	// list it before), then never change.
	persona model.Persona
	arms    model.Assignment
	where   string
	program *tea.Program
	reason  string    // why the session is ending, once something ends it
	input   time.Time // wall clock of the last key, paste, click or resize
}

func (s *seat) participant() console.Participant {
	s.mu.Lock()
	defer s.mu.Unlock()
	return console.Participant{
		Name: s.name, Persona: s.persona.ID, Session: s.session, Arms: s.arms,
		Where: s.where, Since: s.since, Remote: s.remote,
	}
}

// setWhere is the app's OnWhere: it runs in the program's Update, so it
// only records and wakes.
func (s *seat) setWhere(where string) {
	s.mu.Lock()
	s.where = where
	s.mu.Unlock()
	s.room.touched()
}

func (s *seat) touch(now time.Time) {
	s.mu.Lock()
	s.input = now
	s.mu.Unlock()
}

func (s *seat) lastInput() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.input
}

// stop ends the session from outside, once: the app records what
// quitting records, with detail reason on its app_stop, and quits.
func (s *seat) stop(reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reason != "" {
		return
	}
	s.reason = reason
	if p := s.program; p != nil {
		go p.Send(ui.StopMsg{Detail: reason}) // returns once taken or the program has ended
	}
}

// ended is why the session ended: reason, or "quit" when the persona quit.
func (s *seat) ended() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reason == "" {
		return "quit"
	}
	return s.reason
}

// setProgram records the session's program, and hands it a stop that
// came before it existed.
func (s *seat) setProgram(p *tea.Program) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.program = p
	if s.reason != "" {
		go p.Send(ui.StopMsg{Detail: s.reason})
	}
}

// markEnded records why the session ends, unless something already did.
func (s *seat) markEnded(reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reason == "" {
		s.reason = reason
	}
}

// departures remembers why the last keepDepartures sessions ended; the
// console asks just after each leave, so older ones can go.
type departures struct {
	why   map[string]string
	order []string
}

const keepDepartures = 256

func (d *departures) add(session, why string) {
	if d.why == nil {
		d.why = map[string]string{}
	}
	d.why[session] = why
	d.order = append(d.order, session)
	if len(d.order) > keepDepartures {
		delete(d.why, d.order[0])
		d.order = d.order[1:]
	}
}
