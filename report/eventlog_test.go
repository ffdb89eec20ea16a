package report

import (
	"errors"
	"testing"

	"lifesim/model"
)

// fakeLog is a log of n events (seq 1..n) that counts its reads and fails
// the read after failAfter, if set.
type fakeLog struct {
	n, reads  int
	failAfter int
}

var errDisk = errors.New("disk gone")

func (l *fakeLog) Events(after uint64, limit int) ([]model.Event, error) {
	l.reads++
	if l.failAfter > 0 && l.reads > l.failAfter {
		return nil, errDisk
	}
	out := []model.Event{}
	for s := after + 1; s <= uint64(l.n) && len(out) < limit; s++ {
		out = append(out, model.Event{Seq: s})
	}
	return out, nil
}

// Every event is seen once, in order, across page boundaries, and the
// log is read page by page (one more read to learn a full page was the
// last).
func TestEachEventWalksEveryPage(t *testing.T) {
	for _, tt := range []struct {
		name         string
		n            int
		after        uint64
		first, count int
		reads        int
	}{
		{"empty log", 0, 0, 0, 0, 1},
		{"less than a page", 3, 0, 1, 3, 1},
		{"exactly a page", logPage, 0, 1, logPage, 2},
		{"pages and a bit", 2*logPage + 5, 0, 1, 2*logPage + 5, 3},
		{"after a seq", 2*logPage + 5, logPage + 2, logPage + 3, logPage + 3, 2},
		{"after the end", 10, 10, 0, 0, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			log := &fakeLog{n: tt.n}
			var seen []uint64
			err := EachEvent(log, tt.after, func(e model.Event) error { seen = append(seen, e.Seq); return nil })
			if err != nil {
				t.Fatal(err)
			}
			if len(seen) != tt.count {
				t.Fatalf("%d events; want %d", len(seen), tt.count)
			}
			for i, s := range seen {
				if s != uint64(tt.first+i) {
					t.Fatalf("event %d has seq %d; want %d", i, s, tt.first+i)
				}
			}
			if log.reads != tt.reads {
				t.Errorf("%d reads; want %d", log.reads, tt.reads)
			}
		})
	}
}

// A failed read or a failing fn stops the walk with that error.
func TestEachEventStopsAtAnError(t *testing.T) {
	log := &fakeLog{n: 3 * logPage, failAfter: 1}
	n := 0
	if err := EachEvent(log, 0, func(model.Event) error { n++; return nil }); !errors.Is(err, errDisk) || n != logPage {
		t.Errorf("a failing log: err %v after %d events; want %v after %d", err, n, errDisk, logPage)
	}
	stop := errors.New("enough")
	n = 0
	err := EachEvent(&fakeLog{n: 10}, 0, func(model.Event) error {
		if n++; n == 4 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 4 {
		t.Errorf("a failing fn: err %v after %d events; want %v after 4", err, n, stop)
	}
}
