package model

import (
	"math/rand/v2"
	"testing"
)

func TestScoreNormalized(t *testing.T) {
	tests := []struct {
		q, n string
		want int
	}{
		{"", "kfc", 0},
		{"kfc", "kfc", 100},
		{"new h", "new hope member service", 80},
		{"hope", "new hope dairy", 60},
		{"hope dairy", "new hope dairy", 60},
		{"希望", "新希望乳业", 60},
		{"ope", "new hope", 40},
		{"zzz", "new hope", 0},
		{"hope zzz", "new hope", 0},
	}
	for _, tt := range tests {
		if got := ScoreNormalized(tt.q, tt.n); got != tt.want {
			t.Errorf("ScoreNormalized(%q, %q) = %d, want %d", tt.q, tt.n, got, tt.want)
		}
	}
}

// ScoreNormalized must agree with ScoreMatch on normalised input.
func TestScoreNormalizedAgreesWithScoreMatch(t *testing.T) {
	names := []string{"New Hope Member Service", "New Hope Dairy", "KFC", "Ｋｆｃ Crazy Thursday",
		"新希望乳业", "肯德基 KFC", "Wild Food Brother", "Hope", "hopeful", "Citizen-Center", "小龙虾 New Year's", "ope"}
	queries := []string{"new hope", "ＮＥＷ hope", "hope", "h", "kfc", "希望", "龙虾", "year", "ope", "new zzz",
		"food bro", "citizen center", "s", "新", "n h", ""}
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"new", "hope", "希望", "kfc", "o", "ea", "龙", "food", "zz"}
	for range 300 {
		q := words[r.IntN(len(words))]
		if r.IntN(2) == 0 {
			q += " " + words[r.IntN(len(words))]
		}
		queries = append(queries, q)
	}
	for _, q := range queries {
		for _, n := range names {
			want := ScoreMatch(q, n)
			if want == 20 {
				want = 0 // other-text matches are the caller's business
			}
			if got := ScoreNormalized(Normalize(q), Normalize(n)); got != want {
				t.Errorf("ScoreNormalized(%q, %q) = %d; ScoreMatch = %d", q, n, got, want)
			}
		}
	}
}
