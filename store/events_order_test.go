package store

import (
	"path/filepath"
	"testing"
	"time"

	"lifesim/model"
)

// Two commands of one session can commit in the other order than they
// were started (the UI stamps the actor when it builds the command). The
// log's times must still never go backwards along seq within a session.
func TestEventTimesFollowTheLogWithinASession(t *testing.T) {
	db := seeded(t, testWorld())
	late, early := actor("newuser", 10), actor("newuser", 5)
	if _, _, err := db.ToggleLike(late, "p1"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ToggleFollow(early, "acct-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordEvent(model.NewEvent(early, model.EventTab, "life", "", "")); err != nil {
		t.Fatal(err)
	}
	other := actor("newuser", 1)
	other.Session = "s2"
	if err := db.RecordEvent(model.NewEvent(other, model.EventAppStart, "newuser", "", "")); err != nil {
		t.Fatal(err)
	}
	evs, err := db.Events(0, 100)
	if err != nil || len(evs) != 4 {
		t.Fatalf("Events = %d, %v", len(evs), err)
	}
	for i := 1; i < 3; i++ {
		if evs[i].At.Before(evs[i-1].At) {
			t.Errorf("seq %d at %s is before seq %d at %s", evs[i].Seq, evs[i].At, evs[i-1].Seq, evs[i-1].At)
		}
	}
	// The follow's own record carries the time its event got.
	if st, _ := db.State("newuser"); len(st.Follows) != 1 || !st.Follows[0].At.Equal(evs[1].At) {
		t.Errorf("follow = %+v; want it at its event's time %s", st.Follows, evs[1].At)
	}
	// Another session keeps its own time.
	if !evs[3].At.Equal(other.At) {
		t.Errorf("other session's event at %s; want %s", evs[3].At, other.At)
	}
}

// With a clock (the app), the time is read inside the transaction, not
// taken from the actor.
func TestEventTimeIsReadFromTheClockInsideTheTransaction(t *testing.T) {
	now := epoch.Add(time.Hour)
	db, err := Open(filepath.Join(t.TempDir(), "lifesim.db"), Options{Clock: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Seed(testWorld(), "h"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ToggleFavourite(actor("newuser", 1), "mp-kfc", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Minute)
	if err := db.RecordEvent(model.NewEvent(actor("newuser", 0), model.EventTab, "home", "", "")); err != nil {
		t.Fatal(err)
	}
	evs, _ := db.Events(0, 10)
	if len(evs) != 2 || !evs[0].At.Equal(epoch.Add(time.Hour)) || !evs[1].At.Equal(now) {
		t.Fatalf("events = %+v; want them at the clock's times", evs)
	}
}
