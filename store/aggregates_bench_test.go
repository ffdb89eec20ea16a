package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// The aggregates add work to every event's commit (appendEvent folds it)
// and make funnel reads independent of the log's length. These
// benchmarks measure both on a log of LIFESIM_BENCH_EVENTS events
// (default 4000; 1000000 for docs/performance.md):
//
//	LIFESIM_BENCH_EVENTS=1000000 go test ./store -run '^$' -bench Aggregates

// benchEvents is the log's length from the environment.
func benchEvents(b *testing.B) int {
	if n, err := strconv.Atoi(os.Getenv("LIFESIM_BENCH_EVENTS")); err == nil && n > 0 {
		return n
	}
	return 4000
}

// benchSession is session i's events, eight like a short sim session: a
// start, a search, an open and collect of a mini program found, a tab,
// a revisit of the mini program collected two sessions before, a stop.
func benchSession(i int, at time.Time) []model.Event {
	p := model.PersonaID(fmt.Sprintf("p%04d", i%1000))
	a := model.Actor{Persona: p, Session: fmt.Sprintf("s%07d", i), At: at,
		Variants: map[string]string{model.ExpCollectGuidance: []string{"on", "off"}[i%2]}}
	mp := fmt.Sprintf("mp%02d", i/1000%40)
	ev := func(sec int, kind model.EventKind, target string, src model.Source) model.Event {
		e := model.NewEvent(a, kind, target, src, "")
		e.At = at.Add(time.Duration(sec) * time.Second)
		return e
	}
	return []model.Event{
		ev(0, model.EventAppStart, string(p), ""),
		ev(5+i%17, model.EventSearch, "", model.SourceSearch),
		ev(30+i%29, model.EventOpenMiniProgram, mp, model.SourceSearch),
		ev(70+i%13, model.EventCollect, mp, ""),
		ev(90, model.EventTab, "life", ""),
		ev(95, model.EventTab, "home", ""),
		ev(100+i%31, model.EventOpenMiniProgram, fmt.Sprintf("mp%02d", (i/1000+38)%40), model.SourceHomeGrid),
		ev(140, model.EventAppStop, string(p), ""),
	}
}

// benchLog opens a store holding a log of n events, written in batches.
func benchLog(b *testing.B, n int) *DB {
	b.Helper()
	db := open(b, filepath.Join(b.TempDir(), "log.db"))
	db.SetNoSync(true)
	t0 := time.Date(2026, 1, 8, 9, 0, 0, 0, time.UTC)
	for i := 0; i*8 < n; {
		err := db.update(func(tx *bolt.Tx) error {
			for end := i + 500; i < end && i*8 < n; i++ {
				for _, e := range benchSession(i, t0.Add(time.Duration(i)*7*time.Minute)) {
					if _, err := appendEvent(tx, e); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return db
}

// appendLogOnly is appendEvent without the fold: the log as before the
// aggregates, to compare with.
func appendLogOnly(tx *bolt.Tx, e model.Event) error {
	bk := tx.Bucket(bktEvents)
	seq, err := bk.NextSequence()
	if err != nil {
		return err
	}
	e.Seq = seq
	return putJSON(bk, seqKey(seq), toEventRecord(e))
}

// BenchmarkAggregatesAppend is the cost of one event's commit with and
// without its fold into the aggregates, on a log already
// LIFESIM_BENCH_EVENTS long; "fsync" commits as the app does, "nosync" as
// sim does (the fold's own cost shows better there).
func BenchmarkAggregatesAppend(b *testing.B) {
	n := benchEvents(b)
	for _, sync := range []bool{false, true} {
		for _, fold := range []bool{true, false} {
			name := map[bool]string{true: "fsync", false: "nosync"}[sync] + "/" + map[bool]string{true: "log+aggregates", false: "log only"}[fold]
			b.Run(name, func(b *testing.B) {
				db := benchLog(b, n)
				db.SetNoSync(!sync)
				t0 := time.Date(2027, 1, 8, 9, 0, 0, 0, time.UTC)
				var script []model.Event
				for i := 0; b.Loop(); i++ {
					if len(script) == 0 {
						s := n/8 + i/8
						script = benchSession(s, t0.Add(time.Duration(s)*7*time.Minute))
					}
					e := script[0]
					script = script[1:]
					err := db.update(func(tx *bolt.Tx) error {
						if fold {
							_, err := appendEvent(tx, e)
							return err
						}
						return appendLogOnly(tx, e)
					})
					if err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkAggregatesRead is what the observer panel reads on each append
// (FunnelView) and what `lifesim funnel --by variant` reads
// (FunnelGroups), on a log LIFESIM_BENCH_EVENTS long.
func BenchmarkAggregatesRead(b *testing.B) {
	db := benchLog(b, benchEvents(b))
	b.Run("FunnelView", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.FunnelView("s0000001", 7, 0, 200); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("FunnelGroups", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.FunnelGroups(7); err != nil {
				b.Fatal(err)
			}
		}
	})
}
