package serve

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"lifesim/ui/console"
)

// The room admits one session per name, at most max, none once closing.
func TestRoomAdmits(t *testing.T) {
	r := newRoom(2)
	alice, bob, carol := &seat{room: r, name: "alice"}, &seat{room: r, name: "bob"}, &seat{room: r, name: "carol"}
	if err := r.join(alice); err != nil {
		t.Fatal(err)
	}
	if err := r.join(&seat{room: r, name: "alice"}); err == nil || !strings.Contains(err.Error(), "alice is already connected") {
		t.Fatalf("second alice: %v", err)
	}
	if err := r.join(bob); err != nil {
		t.Fatal(err)
	}
	if err := r.join(carol); err == nil || !strings.Contains(err.Error(), "the room is full (2 sessions)") {
		t.Fatalf("third: %v", err)
	}
	r.leave(bob)
	if err := r.join(carol); err != nil {
		t.Fatalf("after bob left: %v", err)
	}
	got := r.Participants()
	if len(got) != 2 || got[0].Name != "alice" || got[1].Name != "carol" {
		t.Fatalf("participants = %+v", got)
	}
	empty := r.close()
	if err := r.join(&seat{room: r, name: "dave"}); err != errClosing {
		t.Fatalf("closing: %v", err)
	}
	if alice.ended() != "shutdown" || carol.ended() != "shutdown" {
		t.Fatalf("close did not stop everyone: %q %q", alice.ended(), carol.ended())
	}
	select {
	case <-empty:
		t.Fatal("empty before the last left")
	default:
	}
	r.leave(alice)
	r.leave(carol)
	<-empty
}

// Changed wakes the console at each join, leave and move.
func TestRoomChanged(t *testing.T) {
	r := newRoom(5)
	ch := r.Changed()
	s := &seat{room: r, name: "alice"}
	_ = r.join(s)
	<-ch
	ch = r.Changed()
	s.setWhere("Search")
	<-ch
	if got := r.Participants()[0].Where; got != "Search" {
		t.Fatalf("where = %q", got)
	}
}

// Only sessions idle for the whole period are stopped, each once, with
// the first reason kept.
func TestRoomStopsIdle(t *testing.T) {
	r := newRoom(5)
	t0 := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	old, fresh := &seat{room: r, name: "old", input: t0}, &seat{room: r, name: "fresh", input: t0.Add(time.Minute)}
	_ = r.join(old)
	_ = r.join(fresh)
	r.stopIdle(t0.Add(90*time.Second), time.Minute)
	if old.ended() != "idle" || fresh.ended() != "quit" {
		t.Fatalf("ended: old %q, fresh %q", old.ended(), fresh.ended())
	}
	old.stop("shutdown")
	if old.ended() != "idle" {
		t.Fatalf("a second stop changed the reason to %q", old.ended())
	}
}

var _ console.Departures = (*Room)(nil)

// The console hears why a session ended, for the last few hundred.
func TestRoomDepartures(t *testing.T) {
	r := newRoom(5)
	s := &seat{room: r, name: "alice", session: "s1"}
	_ = r.join(s)
	s.stop("idle")
	r.leave(s)
	if got := r.Left("s1"); got != "idle" {
		t.Fatalf("Left = %q", got)
	}
	for i := range keepDepartures {
		r.gone.add(fmt.Sprint("x", i), "quit")
	}
	if r.Left("s1") != "" || len(r.gone.why) != keepDepartures {
		t.Fatalf("kept %d departures, s1 %q", len(r.gone.why), r.Left("s1"))
	}
}
