package store

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// foldOfLog is the in-memory fold (model.Analysis) of db's whole log, as
// stored.
func foldOfLog(t *testing.T, db *DB) (*model.Analysis, []model.Event) {
	t.Helper()
	evs, err := db.Events(0, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	a := model.NewAnalysis()
	a.Add(evs...)
	return a, evs
}

// sameFigures fails unless db's aggregates give exactly the figures of
// the in-memory fold of its log: every group for several retention
// windows, and every session's own funnel through FunnelView.
func sameFigures(t *testing.T, what string, db *DB) {
	t.Helper()
	a, evs := foldOfLog(t, db)
	for _, days := range []int{0, 1, 2, 7, 3650} {
		got, err := db.FunnelGroups(days)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := fmt.Sprintf("%+v", got), fmt.Sprintf("%+v", a.Groups(days)); g != w {
			t.Fatalf("%s, %d days: aggregates\n%s\nfold of the log\n%s", what, days, g, w)
		}
	}
	seen := map[string]bool{}
	for _, e := range evs {
		if seen[e.Session] {
			continue
		}
		seen[e.Session] = true
		v, err := db.FunnelView(e.Session, 7, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		if v.Session != a.SessionFunnel(e.Session) || v.Completed != a.Completed(e.Session) ||
			v.All != a.Funnel() || v.Retention != a.Retention(7) {
			t.Fatalf("%s: view of %s = %+v; fold: %+v, %d completed", what, e.Session, v, a.SessionFunnel(e.Session), a.Completed(e.Session))
		}
	}
}

// record appends events as they are, through RecordEvent.
func record(t *testing.T, db *DB, es []model.Event) {
	t.Helper()
	for _, e := range es {
		if err := db.RecordEvent(e); err != nil {
			t.Fatal(err)
		}
	}
}

var aggT0 = time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)

// chainEvent is an event at aggT0+at in session s of persona p, arm arm.
func chainEvent(p model.PersonaID, s, arm string, at time.Duration, kind model.EventKind, target string, src model.Source) model.Event {
	return model.Event{Persona: p, Session: s, At: aggT0.Add(at), Kind: kind, Target: target, Source: src,
		Variants: map[string]string{model.ExpCollectGuidance: arm}}
}

// randomChainLog is n events over a few personas, sessions and mini
// programs, with every kind and source the funnel looks at, arms that
// change between events, sessions that return after days, and clocks
// that sometimes run backwards between sessions.
func randomChainLog(seed uint64, n int) []model.Event {
	rng := rand.New(rand.NewPCG(seed, 2))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	kinds := []model.EventKind{model.EventAppStart, model.EventSearch, model.EventOpenMiniProgram, model.EventOpenMiniProgram,
		model.EventCollect, model.EventUncollect, model.EventTab}
	sources := []model.Source{model.SourceSearch, model.SourceSearch, model.SourceHomeGrid, model.SourceMyMiniPrograms, model.SourcePostComponent}
	var out []model.Event
	at := time.Duration(0)
	for range n {
		at += time.Duration(rng.IntN(900)-60) * time.Second
		if rng.IntN(40) == 0 {
			at += time.Duration(rng.IntN(4)) * 24 * time.Hour
		}
		p := model.PersonaID(pick("A", "B", "C"))
		e := chainEvent(p, string(p)+"-"+strconv.Itoa(rng.IntN(5)), pick("on", "off"), at,
			kinds[rng.IntN(len(kinds))], pick("mp1", "mp2", "mp3"), sources[rng.IntN(len(sources))])
		if rng.IntN(4) == 0 {
			e.Variants["feed_ranking"] = pick("ranked", "chronological")
		}
		out = append(out, e)
	}
	return out
}

// The aggregates kept with each event give exactly the figures of the
// fold of the log (model.Analysis), on hand-made edge cases and on random
// logs, and still after the store is reopened.
func TestAggregatesEqualTheFoldOfTheLog(t *testing.T) {
	const s, h, d = time.Second, time.Hour, 24 * time.Hour
	logs := map[string][]model.Event{
		"empty": nil,
		"the story of model's funnel tests": {
			chainEvent("A", "s1", "off", 0, model.EventAppStart, "", ""),
			chainEvent("A", "s1", "off", 10*s, model.EventSearch, "", ""),
			chainEvent("A", "s1", "off", 40*s, model.EventOpenMiniProgram, "mp1", model.SourceSearch),
			chainEvent("A", "s1", "off", 100*s, model.EventCollect, "mp1", ""),
			chainEvent("A", "s2", "off", 2*d, model.EventAppStart, "", ""),
			chainEvent("A", "s2", "off", 2*d+5*s, model.EventOpenMiniProgram, "mp1", model.SourceHomeGrid),
			chainEvent("B", "s3", "on", 0, model.EventAppStart, "", ""),
			chainEvent("B", "s3", "on", 20*s, model.EventSearch, "", ""),
			chainEvent("B", "s3", "on", 30*s, model.EventOpenMiniProgram, "mp2", model.SourceHomeGrid),
			chainEvent("B", "s3", "on", 50*s, model.EventOpenMiniProgram, "mp2", model.SourceSearch),
			chainEvent("B", "s3", "on", 60*s, model.EventCollect, "mp3", ""),
			chainEvent("B", "s3", "on", 80*s, model.EventCollect, "mp2", ""),
			chainEvent("B", "s4", "on", 2*h, model.EventSearch, "", ""),
			chainEvent("B", "s4", "on", 2*h+10*s, model.EventOpenMiniProgram, "mp2", model.SourceMyMiniPrograms),
			chainEvent("B", "s4", "on", 2*h+20*s, model.EventOpenMiniProgram, "mp3", model.SourceMyMiniPrograms),
			chainEvent("C", "s5", "on", 3*h, model.EventOpenMiniProgram, "mp1", model.SourceSearch),
			chainEvent("C", "s5", "on", 3*h+30*s, model.EventSearch, "", ""),
			chainEvent("C", "s5", "on", 3*h+40*s, model.EventCollect, "mp1", ""),
		},
		"a revisit in the same session is not one; one revisit completes every waiting session": {
			chainEvent("A", "s1", "on", 0, model.EventSearch, "", ""),
			chainEvent("A", "s1", "on", s, model.EventOpenMiniProgram, "mp1", model.SourceSearch),
			chainEvent("A", "s1", "on", 2*s, model.EventCollect, "mp1", ""),
			chainEvent("A", "s1", "on", 3*s, model.EventOpenMiniProgram, "mp1", model.SourceHomeGrid),
			chainEvent("A", "s2", "on", 10*s, model.EventSearch, "", ""),
			chainEvent("A", "s2", "on", 11*s, model.EventOpenMiniProgram, "mp1", model.SourceSearch),
			chainEvent("A", "s2", "on", 13*s, model.EventCollect, "mp1", ""),
			chainEvent("B", "s9", "on", 14*s, model.EventOpenMiniProgram, "mp1", model.SourceHomeGrid),
			chainEvent("A", "s3", "off", 20*s, model.EventOpenMiniProgram, "mp1", model.SourceHomeGrid),
		},
		"a later run whose clock starts earlier counts a zero gap": {
			chainEvent("A", "s1", "on", h, model.EventSearch, "", ""),
			chainEvent("A", "s1", "on", h+s, model.EventOpenMiniProgram, "mp1", model.SourceSearch),
			chainEvent("A", "s1", "on", h+2*s, model.EventCollect, "mp1", ""),
			chainEvent("A", "s2", "on", 0, model.EventOpenMiniProgram, "mp1", model.SourceMyMiniPrograms),
		},
	}
	for seed := range uint64(6) {
		logs["random "+strconv.FormatUint(seed, 10)] = randomChainLog(seed, 150+int(seed)*60)
	}
	for name, es := range logs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			db := open(t, filepath.Join(t.TempDir(), "agg.db"))
			db.SetNoSync(true)
			record(t, db, es)
			sameFigures(t, name, db)
			sameFigures(t, name+", reopened", reopen(t, db))
		})
	}
}

// Medians and counts within a window are read from ranges of gaps
// (aggregates_gaps.go); over gaps of every size, including many equal
// ones and ones on the edges of ranges, they are those of the sorted gaps.
func TestGapSeriesOrderStatistics(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var gaps []time.Duration
	for range 3000 {
		var g time.Duration
		switch rng.IntN(4) {
		case 0:
			g = time.Duration(rng.IntN(300)) // below and around the first ranges
		case 1:
			g = time.Duration(rng.IntN(40)) * time.Second
		case 2:
			g = time.Duration(1) << rng.IntN(62) // range edges
		default:
			g = time.Duration(rng.Int64N(1 << 52))
		}
		gaps = append(gaps, g)
	}
	db := open(t, filepath.Join(t.TempDir(), "gaps.db"))
	err := db.update(func(tx *bolt.Tx) error {
		b := boltFunnels{tx}
		for _, g := range gaps {
			if err := b.AddRevisit(model.GroupAll, g); err != nil {
				return err
			}
			if err := b.AddStep(model.GroupAll, model.StepOpen, g); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sorted := append([]time.Duration(nil), gaps...)
	slices.Sort(sorted)
	_ = db.view(func(tx *bolt.Tx) error {
		b := boltFunnels{tx}
		for i := 0; i < len(sorted); i += 1 + rng.IntN(40) {
			if got, _ := b.NthGap(model.GroupAll, model.StepOpen, i); got != sorted[i] {
				t.Fatalf("gap %d = %v; want %v", i, got, sorted[i])
			}
			limit := sorted[i] + time.Duration(rng.IntN(3)-1)
			want := 0
			for _, g := range sorted {
				if g <= limit {
					want++
				}
			}
			if got, _ := b.RevisitedWithin(model.GroupAll, limit); got != want {
				t.Fatalf("within %v: %d; want %d", limit, got, want)
			}
		}
		return nil
	})
}

// schema3 is a store written by the release whose format was schema 3
// (commit 95a1e93), before the funnel's aggregates; see
// testdata/schema3/README.md.
const schema3 = "testdata/schema3/store.db"

// A store written by the schema-3 release opens with nothing lost (every
// persona's state and the whole log are what that release read), and
// the upgrade builds aggregates that give exactly the funnel that release
// computed from the log, and the fold of the log for every window; the
// next event is folded in too. Check finds it healthy before and after.
func TestSchema3StoreOpensWithItsFunnelKept(t *testing.T) {
	raw, err := os.ReadFile("testdata/schema3/want.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		schema1Want
		Funnel []model.FunnelGroup `json:"funnel"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	path := copyFile(t, schema3)
	if v := storedSchema(t, path); v != "3" {
		t.Fatalf("testdata store has schema %q; want 3", v)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("the schema-3 store before its upgrade:\n%s", probs)
	}
	db := open(t, path)
	for _, st := range []model.UserState{want.Newuser, want.Returning} {
		got, err := db.State(st.Persona)
		if err != nil {
			t.Fatal(err)
		}
		sameJSON(t, "state of "+string(st.Persona), got, st)
	}
	evs, err := db.Events(0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "event log", evs, want.Events)
	got, err := db.FunnelGroups(7)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Funnel.Steps[model.StepRevisit].Count == 0 || got[0].Retention.Revisited == 0 {
		t.Fatalf("the fixture lost its point: %+v", got)
	}
	sameJSON(t, "funnel", got, want.Funnel)
	sameFigures(t, "upgraded", db)
	record(t, db, []model.Event{{Persona: "newuser", Session: "s3-newuser", At: aggT0.Add(9 * 24 * time.Hour),
		Kind: model.EventOpenMiniProgram, Target: "luckin-coffee", Source: model.SourceMyMiniPrograms}})
	sameFigures(t, "upgraded, then a revisit", db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if v := storedSchema(t, path); v != strconv.Itoa(schemaVersion) {
		t.Errorf("schema after the upgrade = %q; want %d", v, schemaVersion)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("the upgraded store:\n%s", probs)
	}
}
