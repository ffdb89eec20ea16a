package model

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

func TestPickIsDeterministicAndIndependentOfOrder(t *testing.T) {
	e := Experiment{Key: ExpCollectGuidance, Arms: []Arm{{"on", 50}, {"off", 50}}}
	for i := range 200 {
		p := PersonaID(fmt.Sprintf("p-%d", i))
		first := e.Pick(p)
		for range 3 {
			if got := e.Pick(p); got != first {
				t.Fatalf("%s: %s then %s", p, first, got)
			}
		}
		if a := Assign([]Experiment{e}, p, nil); a[ExpCollectGuidance] != first {
			t.Fatalf("Assign = %v; Pick = %s", a, first)
		}
	}
	// The documented hash: the same persona lands in the same bucket in
	// every build (these values are pinned so a change is noticed).
	if got := Bucket("collect_guidance", "newuser"); got != 0.7873 {
		t.Errorf("Bucket(collect_guidance, newuser) = %v; want 0.7873", got)
	}
	if got := Bucket("life_entry", "returning"); got != 0.3914 {
		t.Errorf("Bucket(life_entry, returning) = %v; want 0.3914", got)
	}
}

func TestPickMatchesWeights(t *testing.T) {
	tests := []struct {
		name string
		arms []Arm
	}{
		{"even", []Arm{{"a", 50}, {"b", 50}}},
		{"uneven", []Arm{{"a", 20}, {"b", 30}, {"c", 50}}},
		{"weights need not sum to 100", []Arm{{"a", 1}, {"b", 3}}},
		{"zero weight never picked", []Arm{{"a", 0}, {"b", 7}, {"c", 3}}},
	}
	const n = 20000
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Experiment{Key: "k-" + tt.name, Arms: tt.arms}
			got := map[string]int{}
			for i := range n {
				got[e.Pick(PersonaID(fmt.Sprintf("sim-%05d", i)))]++
			}
			total := 0
			for _, a := range tt.arms {
				total += a.Weight
			}
			for _, a := range tt.arms {
				want := float64(a.Weight) / float64(total)
				share := float64(got[a.Value]) / n
				if math.Abs(share-want) > 0.015 {
					t.Errorf("arm %s: share %.3f; want %.3f ± 0.015", a.Value, share, want)
				}
				if a.Weight == 0 && got[a.Value] != 0 {
					t.Errorf("arm %s has weight 0 but got %d personas", a.Value, got[a.Value])
				}
			}
		})
	}
}

func TestPickDegenerate(t *testing.T) {
	if got := (Experiment{Key: "k", Arms: []Arm{{"a", 0}, {"b", 0}}}).Pick("p"); got != "a" {
		t.Errorf("all-zero weights picked %q; want the first arm", got)
	}
	if got := (Experiment{Key: "k"}).Pick("p"); got != "" {
		t.Errorf("no arms picked %q", got)
	}
}

func TestAssignForcedWins(t *testing.T) {
	exps := []Experiment{
		{Key: ExpCollectGuidance, Arms: []Arm{{"on", 1}, {"off", 0}}},
		{Key: ExpFeedRanking, Arms: []Arm{{"recommended", 1}, {"chronological", 0}}},
	}
	a := Assign(exps, "newuser", map[string]string{ExpCollectGuidance: "off"})
	if a[ExpCollectGuidance] != "off" || a[ExpFeedRanking] != "recommended" {
		t.Errorf("Assign = %v", a)
	}
	if got := a.String(); got != "collect_guidance=off;feed_ranking=recommended" {
		t.Errorf("String = %q", got)
	}
}

func TestParseVariants(t *testing.T) {
	exps := []Experiment{
		{Key: ExpCollectGuidance, Arms: []Arm{{"on", 1}, {"off", 1}}},
		{Key: ExpLifeEntry, Arms: []Arm{{"tab", 1}, {"messages", 1}}},
	}
	got, err := ParseVariants([]string{"collect_guidance=off", " life_entry = messages "}, exps)
	if err != nil || got[ExpCollectGuidance] != "off" || got[ExpLifeEntry] != "messages" || len(got) != 2 {
		t.Fatalf("ParseVariants = %v, %v", got, err)
	}
	bad := []struct{ spec, want string }{
		{"collect_guidance", "want key=value"},
		{"=on", "want key=value"},
		{"colour=blue", `unknown experiment "colour" (known: collect_guidance, life_entry)`},
		{"collect_guidance=maybe", `collect_guidance has no arm "maybe" (arms: on, off)`},
	}
	for _, b := range bad {
		_, err := ParseVariants([]string{b.spec}, exps)
		if err == nil || !strings.Contains(err.Error(), b.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("ParseVariants(%q) = %v; want one line containing %q", b.spec, err, b.want)
		}
	}
}
