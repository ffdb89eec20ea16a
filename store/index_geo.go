package store

import (
	"bytes"
	"encoding/binary"
	"math"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// idx_geo finds the mini programs with a store near a point without
// reading every mini program: each store is listed under the grid cell of
// its coordinates, cell NUL-free 8 bytes, then mini program id NUL store
// id, with the store's coordinates as the value (so that a store's
// distance is known without decoding its mini program). idx_mp_coupons
// then lists each mini program's coupons: mini program id NUL coupon id.

// geoCellDegrees is a cell's side: about 1.1 km of latitude, so the
// payment page's 1 km reads a few cells.
const geoCellDegrees = 0.01

// maxGeoCells bounds the cells one query reads; a radius that needs more
// (thousands of kilometres) walks the coupons instead.
const maxGeoCells = 4096

// geoAnywhere is the cell of stores with coordinates that are not on
// Earth (fixtures refuse them; hand-built worlds may have them): it is
// read by every query, so that the index finds what a walk would.
const geoAnywhere = math.MaxInt32

// earthRadius is model.DistanceMetres's radius, in metres.
var earthRadius = model.DistanceMetres(model.LatLng{}, model.LatLng{Lng: 1}) * 180 / math.Pi

// geoCell is the cell of a point on Earth.
func geoCell(p model.LatLng) (y, x int32) {
	return int32(math.Floor(p.Lat / geoCellDegrees)), int32(math.Floor(p.Lng / geoCellDegrees))
}

// geoCellKey is a cell as 8 bytes whose order is (y, x) order.
func geoCellKey(y, x int32) []byte {
	k := make([]byte, 8, 8+32)
	binary.BigEndian.PutUint32(k, uint32(y)^1<<31)
	binary.BigEndian.PutUint32(k[4:], uint32(x)^1<<31)
	return k
}

// geoIndex is idx_geo's records for the mini programs' stores.
func geoIndex(mps []model.MiniProgram) batch {
	var b batch
	for _, m := range mps {
		for _, s := range m.Stores {
			y, x := int32(geoAnywhere), int32(geoAnywhere)
			if s.Location.Valid() {
				y, x = geoCell(s.Location)
			}
			k := append(append(append(geoCellKey(y, x), m.ID...), sep), s.ID...)
			v := make([]byte, 16)
			binary.BigEndian.PutUint64(v, math.Float64bits(s.Location.Lat))
			binary.BigEndian.PutUint64(v[8:], math.Float64bits(s.Location.Lng))
			b.add(k, v)
		}
	}
	return b
}

// mpCouponIndex is idx_mp_coupons's records.
func mpCouponIndex(coupons []model.Coupon) batch {
	var b batch
	for _, c := range coupons {
		b.add(append(prefixKey(string(c.MiniProgramID)), c.ID...), nil)
	}
	return b
}

// geoBox is the cells that hold every point within r metres of at: rows
// y0..y1, columns x0..x1. ok is false when no small box does (a radius of
// thousands of kilometres, a point near a pole or a box across the
// antimeridian, where longitudes wrap), and then the caller walks.
//
// A point within r has a latitude within δ = r/R (radians) of at's, since
// the haversine's first term alone is sin²(Δφ/2); and its longitude within
// 2·asin(sin(δ/2) / √(cos φ·cos φmax)), φmax the box's latitude farthest
// from the equator, from the second term. Both are widened a little
// against rounding.
func geoBox(at model.LatLng, r float64) (y0, y1, x0, x1 int32, ok bool) {
	if !at.Valid() || !(r >= 0) || r > earthRadius {
		return 0, 0, 0, 0, false
	}
	const widen = 1.001
	deg := 180 / math.Pi
	delta := r / earthRadius
	dLat := delta*deg*widen + 1e-9
	lat0, lat1 := at.Lat-dLat, at.Lat+dLat
	if lat0 < -89 || lat1 > 89 {
		return 0, 0, 0, 0, false
	}
	far := max(math.Abs(lat0), math.Abs(lat1)) / deg
	s := math.Sin(delta/2) / math.Sqrt(math.Cos(at.Lat/deg)*math.Cos(far))
	if s >= 1 {
		return 0, 0, 0, 0, false
	}
	dLng := 2*math.Asin(s)*deg*widen + 1e-9
	lng0, lng1 := at.Lng-dLng, at.Lng+dLng
	if lng0 < -180 || lng1 > 180 {
		return 0, 0, 0, 0, false
	}
	y0, x0 = geoCell(model.LatLng{Lat: lat0, Lng: lng0})
	y1, x1 = geoCell(model.LatLng{Lat: lat1, Lng: lng1})
	if (int64(y1)-int64(y0)+1)*(int64(x1)-int64(x0)+1) > maxGeoCells {
		return 0, 0, 0, 0, false
	}
	return y0, y1, x0, x1, true
}

// nearMiniPrograms lists, once each in idx_geo order, the mini programs
// with a store within r metres of at by idx_geo; ok is false when geoBox
// has no box for them.
func nearMiniPrograms(tx *bolt.Tx, at model.LatLng, r float64) (ids []model.MiniProgramID, ok bool) {
	y0, y1, x0, x1, ok := geoBox(at, r)
	if !ok {
		return nil, false
	}
	seen := map[string]bool{}
	c := tx.Bucket(bktIdxGeo).Cursor()
	scan := func(from, to []byte) {
		for k, v := c.Seek(from); len(k) >= 8 && bytes.Compare(k[:8], to) <= 0; k, v = c.Next() {
			mp, _, found := bytes.Cut(k[8:], []byte{sep})
			if !found || len(v) != 16 || seen[string(mp)] {
				continue
			}
			loc := model.LatLng{Lat: math.Float64frombits(binary.BigEndian.Uint64(v)),
				Lng: math.Float64frombits(binary.BigEndian.Uint64(v[8:]))}
			if model.DistanceMetres(at, loc) <= r {
				seen[string(mp)] = true
				ids = append(ids, model.MiniProgramID(mp))
			}
		}
	}
	for y := y0; y <= y1; y++ {
		scan(geoCellKey(y, x0), geoCellKey(y, x1))
	}
	anywhere := geoCellKey(geoAnywhere, geoAnywhere)
	scan(anywhere, anywhere)
	return ids, true
}
