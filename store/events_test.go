package store

import (
	"fmt"
	"sync"
	"testing"

	"lifesim/model"
)

func TestEventsPaging(t *testing.T) {
	db := seeded(t, testWorld())
	for i := range 25 {
		e := model.NewEvent(actor("newuser", i), model.EventTab, "", "", fmt.Sprint(i))
		if err := db.RecordEvent(e); err != nil {
			t.Fatal(err)
		}
	}
	var all []model.Event
	var after uint64
	for {
		page, err := db.Events(after, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		all = append(all, page...)
		after = page[len(page)-1].Seq
	}
	if len(all) != 25 {
		t.Fatalf("%d events; want 25", len(all))
	}
	for i, e := range all {
		if e.Seq != uint64(i+1) || e.Detail != fmt.Sprint(i) {
			t.Errorf("event %d = seq %d detail %q", i, e.Seq, e.Detail)
		}
	}
	last, err := db.LatestEvents(3)
	if err != nil || len(last) != 3 || last[0].Seq != 23 || last[2].Seq != 25 {
		t.Errorf("LatestEvents(3) = %+v, %v", last, err)
	}
	if got, _ := db.Events(^uint64(0), 10); len(got) != 0 {
		t.Errorf("Events(max) = %+v", got)
	}
}

// Concurrent actions from several goroutines (as `serve` would issue) are
// serialised: no lost updates to counters, one event each.
func TestConcurrentActions(t *testing.T) {
	db := seeded(t, testWorld())
	var wg sync.WaitGroup
	const n = 20
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := model.PersonaID("newuser")
			if i%2 == 1 {
				p = "returning"
			}
			if _, err := db.Forward(actor(p, i), "p2", "friend"); err != nil {
				t.Error(err)
			}
			if _, err := db.Search("new hope", 3); err != nil {
				t.Error(err)
			}
			if _, err := db.Following(p, "", 3); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if p, _ := db.Post("p2"); p.Counts.Forwards != n {
		t.Errorf("forwards = %d; want %d", p.Counts.Forwards, n)
	}
	if evs, _ := db.Events(0, 1000); len(evs) != n {
		t.Errorf("%d events; want %d", len(evs), n)
	}
}
