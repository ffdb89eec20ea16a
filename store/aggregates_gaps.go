package store

import (
	"encoding/binary"
	"math/bits"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A group's gaps are a multiset per series (the times to each chain step,
// and collect → revisit), counted twice: per exact value in its gaps
// bucket, and per range of values in its coarse bucket. The ranges keep
// the seven leading bits of a gap, so there are at most a few thousand and
// each spans under 1/64 of its values: a median walks the ranges to the
// one holding it and then only that range's values; a count within a
// limit sums the ranges wholly below it.

// revisitSeries is the series of collect → revisit gaps; 0..3 are steps.
const revisitSeries = 4

// coarse is the range a gap falls in: below 128 ns its own, else its seven
// leading bits and how far they were shifted. Order is kept: a larger gap
// never falls in an earlier range.
func coarse(gap uint64) uint16 {
	shift := max(bits.Len64(gap)-7, 0)
	return uint16(shift<<7) | uint16(gap>>shift)
}

// coarseRange is the first and last gap of range c.
func coarseRange(c uint16) (first, last uint64) {
	shift, m := uint(c>>7), uint64(c&127)
	if shift == 0 {
		return m, m
	}
	return m << shift, (m+1)<<shift - 1 // wraps to the largest gap for the last range
}

func gapKey(series byte, gap uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{series}, gap)
}

func coarseKey(series byte, c uint16) []byte {
	return binary.BigEndian.AppendUint16([]byte{series}, c)
}

// addGap counts one more gap in series.
func addGap(gb *bolt.Bucket, series byte, gap time.Duration) error {
	g := uint64(max(gap, 0))
	if err := bump(gb.Bucket(groupGaps), gapKey(series, g)); err != nil {
		return err
	}
	return bump(gb.Bucket(groupCoarse), coarseKey(series, coarse(g)))
}

// bump adds one to the count at k.
func bump(b *bolt.Bucket, k []byte) error {
	return b.Put(k, binary.BigEndian.AppendUint64(nil, countAt(b.Get(k))+1))
}

// countAt reads a count (zero when absent or malformed; check reports
// malformed ones).
func countAt(v []byte) uint64 {
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// nthGap is the i-th smallest gap (from 0) of series; zero past the end.
func nthGap(gb *bolt.Bucket, series byte, i int) (time.Duration, error) {
	seen := uint64(0)
	want := uint64(max(i, 0))
	c := gb.Bucket(groupCoarse).Cursor()
	for k, v := c.Seek([]byte{series}); len(k) == 3 && k[0] == series; k, v = c.Next() {
		n := countAt(v)
		if seen+n <= want {
			seen += n
			continue
		}
		first, _ := coarseRange(binary.BigEndian.Uint16(k[1:]))
		fine := gb.Bucket(groupGaps).Cursor()
		for k, v := fine.Seek(gapKey(series, first)); len(k) == 9 && k[0] == series; k, v = fine.Next() {
			if seen += countAt(v); seen > want {
				return time.Duration(binary.BigEndian.Uint64(k[1:])), nil
			}
		}
		break
	}
	return 0, nil
}

// countAtMost is how many gaps of series are at most limit.
func countAtMost(gb *bolt.Bucket, series byte, limit time.Duration) (int, error) {
	lim := uint64(max(limit, 0))
	total := uint64(0)
	c := gb.Bucket(groupCoarse).Cursor()
	for k, v := c.Seek([]byte{series}); len(k) == 3 && k[0] == series; k, v = c.Next() {
		first, last := coarseRange(binary.BigEndian.Uint16(k[1:]))
		switch {
		case last <= lim:
			total += countAt(v)
			continue
		case first <= lim:
			fine := gb.Bucket(groupGaps).Cursor()
			for k, v := fine.Seek(gapKey(series, first)); len(k) == 9 && k[0] == series; k, v = fine.Next() {
				if binary.BigEndian.Uint64(k[1:]) > lim {
					break
				}
				total += countAt(v)
			}
		}
		break
	}
	return int(total), nil
}
