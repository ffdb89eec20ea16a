package model

import "math"

const earthRadiusMetres = 6371008.8

// DistanceMetres is the great-circle (haversine) distance between two points.
func DistanceMetres(a, b LatLng) float64 {
	rad := func(d float64) float64 { return d * math.Pi / 180 }
	dLat := rad(b.Lat - a.Lat)
	dLng := rad(b.Lng - a.Lng)
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(rad(a.Lat))*math.Cos(rad(b.Lat))*math.Sin(dLng/2)*math.Sin(dLng/2)
	return 2 * earthRadiusMetres * math.Asin(math.Min(1, math.Sqrt(h)))
}

// Valid reports whether the coordinate is on Earth.
func (p LatLng) Valid() bool {
	return p.Lat >= -90 && p.Lat <= 90 && p.Lng >= -180 && p.Lng <= 180 &&
		!math.IsNaN(p.Lat) && !math.IsNaN(p.Lng)
}

// NearestStore returns the store of m closest to p and its distance; ok is
// false when m has no stores.
func NearestStore(m MiniProgram, p LatLng) (s Store, metres float64, ok bool) {
	for _, st := range m.Stores {
		d := DistanceMetres(p, st.Location)
		if !ok || d < metres {
			s, metres, ok = st, d, true
		}
	}
	return s, metres, ok
}
