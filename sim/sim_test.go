package sim

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"lifesim/fixtures"
	"lifesim/model"
	"lifesim/store"
)

// run simulates n personas with forced arms on a fresh store and returns
// the event log.
func run(t *testing.T, n int, seed uint64, forced map[string]string) []model.Event {
	t.Helper()
	w, err := fixtures.Load()
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(filepath.Join(t.TempDir(), "sim.db"), store.Options{Now: func() time.Time { return w.Settings.Epoch }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetNoSync(true)
	w.Personas = append(w.Personas, Personas(w, n, seed)...)
	if _, err := db.Seed(w, "sim-test"); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(db, w, Config{Personas: n, Seed: seed, Experiments: w.Experiments, Forced: forced}); err != nil {
		t.Fatal(err)
	}
	var all []model.Event
	for {
		after := uint64(0)
		if len(all) > 0 {
			after = all[len(all)-1].Seq
		}
		evs, err := db.Events(after, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 {
			return all
		}
		all = append(all, evs...)
	}
}

func digest(evs []model.Event) string {
	b, _ := json.Marshal(evs)
	return fmt.Sprintf("%x", sha256.Sum256(b))
}

func TestSameSeedSameLog(t *testing.T) {
	const n = 30
	a, b := run(t, n, 7, nil), run(t, n, 7, nil)
	if len(a) == 0 || digest(a) != digest(b) {
		t.Fatalf("two runs with seed 7: %d and %d events, digests differ or empty", len(a), len(b))
	}
	t.Logf("seed 7, %d personas: %d events, digest %s", n, len(a), digest(a))
}

// count tallies events by kind, and collect_guidance exposures by arm.
func count(evs []model.Event) map[string]int {
	out := map[string]int{}
	for _, e := range evs {
		out[string(e.Kind)]++
		if e.Kind == model.EventExposure && e.Target == model.ExpCollectGuidance {
			out["exposure:"+e.Detail]++
		}
	}
	return out
}

// TestGuidanceFollowsTheUIRule: the simulator's personas meet the
// collection guidance by model.CollectGuidance, as the app's do: with
// guidance off, no tip is shown, accepted or dismissed, yet personas are
// exposed to its absence; with it on, the tip shows at most once per
// persona and each showing ends accepted or dismissed.
func TestGuidanceFollowsTheUIRule(t *testing.T) {
	const n = 40
	off := count(run(t, n, 3, map[string]string{model.ExpCollectGuidance: model.ArmOff}))
	if off[string(model.EventGuidanceShown)]+off[string(model.EventGuidanceAccepted)]+off[string(model.EventGuidanceDismissed)] != 0 {
		t.Errorf("guidance off: tip events %v", off)
	}
	if off["exposure:off"] == 0 || off["exposure:on"] != 0 {
		t.Errorf("guidance off: exposures %d off, %d on; want some off only", off["exposure:off"], off["exposure:on"])
	}
	on := count(run(t, n, 3, map[string]string{model.ExpCollectGuidance: model.ArmOn}))
	shown := on[string(model.EventGuidanceShown)]
	if shown == 0 || shown > n {
		t.Errorf("guidance on: %d tips shown to %d personas; want 1..%d", shown, n, n)
	}
	if ends := on[string(model.EventGuidanceAccepted)] + on[string(model.EventGuidanceDismissed)]; ends != shown {
		t.Errorf("guidance on: %d shown, %d accepted or dismissed", shown, ends)
	}
	if on[string(model.EventCollect)] <= off[string(model.EventCollect)] {
		t.Errorf("collects: %d with guidance on, %d off; the tip should raise them", on[string(model.EventCollect)], off[string(model.EventCollect)])
	}
}
