package gen

import (
	"math"
	"math/rand/v2"
	"slices"

	"lifesim/fixtures"
)

// Streams of randomness, one per part of the world, so that adding a
// choice to one part does not shift every other part's.
const (
	streamNames uint64 = iota + 1
	streamMiniPrograms
	streamAccounts
	streamCoupons
	streamGroups
	streamPersonas
	streamPosts
)

func newRand(seed, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream))
}

func pick[T any](r *rand.Rand, list []T) T {
	return list[r.IntN(len(list))]
}

// chance is true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// between is a whole number in [lo, hi].
func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// skewed is a log-normal count around median: most are near it, a few
// are orders of magnitude bigger, as fans, likes and members are.
func skewed(r *rand.Rand, median, sigma float64) int64 {
	return int64(median * math.Exp(sigma*r.NormFloat64()))
}

// distinct picks min(n, len(list)) entries of list at different
// positions, in the order picked.
func distinct[T any](r *rand.Rand, list []T, n int) []T {
	n = min(n, len(list))
	at := make([]int, 0, n)
	for len(at) < n {
		if i := r.IntN(len(list)); !slices.Contains(at, i) {
			at = append(at, i)
		}
	}
	out := make([]T, n)
	for k, i := range at {
		out[k] = list[i]
	}
	return out
}

// weighted picks indices in proportion to their weights.
type weighted struct{ cum []float64 }

func newWeighted(n int, weight func(i int) float64) weighted {
	w := weighted{cum: make([]float64, n)}
	total := 0.0
	for i := range n {
		total += weight(i)
		w.cum[i] = total
	}
	return w
}

func (w weighted) pick(r *rand.Rand) int {
	x := r.Float64() * w.cum[len(w.cum)-1]
	i, _ := slices.BinarySearch(w.cum, x)
	return min(i, len(w.cum)-1)
}

// near is a point about spread degrees (one standard deviation) from
// (lat, lng), rounded to six decimals (10 cm), as the files write them.
func near(r *rand.Rand, lat, lng, spread float64) fixtures.LatLngRecord {
	round := func(x float64) float64 { return math.Round(x*1e6) / 1e6 }
	return fixtures.LatLngRecord{Lat: round(lat + spread*r.NormFloat64()), Lng: round(lng + spread*r.NormFloat64())}
}
