package model

import (
	"math"
	"testing"
)

// peoplesSquare is People's Square, Shanghai.
var peoplesSquare = LatLng{Lat: 31.2304, Lng: 121.4737}

func TestDistanceMetres(t *testing.T) {
	tests := []struct {
		name string
		a, b LatLng
		want float64 // metres
		tol  float64 // relative
	}{
		{"same point", peoplesSquare, peoplesSquare, 0, 0},
		{"origin to itself", LatLng{}, LatLng{}, 0, 0},
		// Shanghai, ~1 km apart: the brief's 1% check.
		{"Shanghai 0.009° north ≈ 1 km", peoplesSquare, LatLng{31.2394, 121.4737}, 1000, 0.01},
		{"Shanghai 0.0105° east ≈ 1 km", peoplesSquare, LatLng{31.2304, 121.4842}, 1000, 0.01},
		{"Shanghai diagonal ≈ 1 km", peoplesSquare, LatLng{31.2368, 121.4810}, 1000, 0.01},
		// Along a meridian haversine is exact: 0.009° × πR/180 (111 195.08 m/°).
		{"meridian arc exact", peoplesSquare, LatLng{31.2394, 121.4737}, 1000.7557, 1e-6},
		// Along a parallel, for small Δ: 0.0105° × 111 195.08 × cos 31.2304°.
		{"parallel arc", peoplesSquare, LatLng{31.2304, 121.4842}, 998.358, 1e-5},
		{"one degree of longitude on the equator", LatLng{0, 0}, LatLng{0, 1}, 111195.08, 1e-6},
		{"one degree of latitude", LatLng{10, 20}, LatLng{11, 20}, 111195.08, 1e-6},
		// Published great-circle distance People's Square – Tiananmen ≈ 1 067 km.
		{"Shanghai to Beijing", peoplesSquare, LatLng{39.9042, 116.4074}, 1067000, 0.01},
		{"pole to pole is half the circumference", LatLng{90, 0}, LatLng{-90, 0}, math.Pi * 6371008.8, 1e-9},
		{"antipodes on the equator", LatLng{0, 0}, LatLng{0, 180}, math.Pi * 6371008.8, 1e-9},
		{"across the antimeridian is short", LatLng{0, 179.5}, LatLng{0, -179.5}, 111195.08, 1e-6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DistanceMetres(tt.a, tt.b)
			if math.Abs(got-tt.want) > tt.tol*tt.want {
				t.Errorf("DistanceMetres(%v, %v) = %.4f, want %.4f ± %g%%", tt.a, tt.b, got, tt.want, tt.tol*100)
			}
			if back := DistanceMetres(tt.b, tt.a); math.Abs(back-got) > 1e-6 {
				t.Errorf("not symmetric: %v→%v = %f, back = %f", tt.a, tt.b, got, back)
			}
		})
	}
}

func TestLatLngValid(t *testing.T) {
	tests := []struct {
		p    LatLng
		want bool
	}{
		{LatLng{0, 0}, true},
		{peoplesSquare, true},
		{LatLng{90, 180}, true},
		{LatLng{-90, -180}, true},
		{LatLng{90.0001, 0}, false},
		{LatLng{-90.0001, 0}, false},
		{LatLng{0, 180.5}, false},
		{LatLng{0, -181}, false},
		{LatLng{121.4737, 31.2304}, false}, // lat and lng swapped
		{LatLng{math.NaN(), 0}, false},
		{LatLng{0, math.NaN()}, false},
		{LatLng{math.Inf(1), 0}, false},
		{LatLng{0, math.Inf(-1)}, false},
	}
	for _, tt := range tests {
		if got := tt.p.Valid(); got != tt.want {
			t.Errorf("%v.Valid() = %v, want %v", tt.p, got, tt.want)
		}
	}
}

func TestNearestStore(t *testing.T) {
	far := Store{ID: "far", Location: LatLng{39.9042, 116.4074}}       // Beijing
	near := Store{ID: "near", Location: LatLng{31.2394, 121.4737}}     // ~1 km north
	nearer := Store{ID: "nearer", Location: LatLng{31.2349, 121.4737}} // ~0.5 km north
	here := Store{ID: "here", Location: peoplesSquare}
	twin := Store{ID: "twin", Location: peoplesSquare}

	tests := []struct {
		name       string
		stores     []Store
		wantID     string
		wantMetres float64
		wantOK     bool
	}{
		{"no stores", nil, "", 0, false},
		{"one store", []Store{near}, "near", 1000.7557, true},
		{"closest not first", []Store{far, near, nearer}, "nearer", 500.3779, true},
		{"closest first", []Store{nearer, near, far}, "nearer", 500.3779, true},
		{"at the store", []Store{near, here}, "here", 0, true},
		{"tie keeps the first", []Store{here, twin}, "here", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, m, ok := NearestStore(MiniProgram{ID: "mp", Stores: tt.stores}, peoplesSquare)
			if ok != tt.wantOK || s.ID != tt.wantID || math.Abs(m-tt.wantMetres) > 0.01 {
				t.Errorf("NearestStore = %q, %.4f, %v; want %q, %.4f, %v", s.ID, m, ok, tt.wantID, tt.wantMetres, tt.wantOK)
			}
			if !ok && s != (Store{}) {
				t.Errorf("no stores but got %+v", s)
			}
		})
	}
}
