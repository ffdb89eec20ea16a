package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// appendEvent assigns the next sequence number to e and stores it under
// that number (big-endian, so key order is log order).
func appendEvent(tx *bolt.Tx, e model.Event) (uint64, error) {
	b := tx.Bucket(bktEvents)
	seq, err := b.NextSequence()
	if err != nil {
		return 0, err
	}
	e.Seq = seq
	if e.Scene == 0 {
		e.Scene = e.Source.Scene()
	}
	return seq, putJSON(b, seqKey(seq), e)
}

// RecordEvent appends an event that has no state change of its own (app
// start/stop, tab switch, search). Its Seq is assigned; a missing Scene is
// derived from Source and a missing time is the wall clock.
func (d *DB) RecordEvent(e model.Event) error {
	if e.Kind == "" {
		return invalid("event has no kind")
	}
	if e.At.IsZero() {
		e.At = time.Now()
	}
	return d.update(func(tx *bolt.Tx) error {
		_, err := appendEvent(tx, e)
		return err
	})
}

// Events returns up to limit events with sequence numbers after after,
// oldest first (for `lifesim events` and funnels: page with the last Seq).
func (d *DB) Events(after uint64, limit int) ([]model.Event, error) {
	limit = pageLimit(limit)
	out := []model.Event{}
	err := d.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bktEvents).Cursor()
		for k, v := c.Seek(seqKey(after + 1)); k != nil && len(out) < limit; k, v = c.Next() {
			if seqOf(k) <= after {
				continue // after+1 overflowed
			}
			e, err := decode[model.Event](v)
			if err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	return out, err
}

// LatestEvents returns the last n events, oldest first (the observer
// panel's live stream).
func (d *DB) LatestEvents(n int) ([]model.Event, error) {
	n = pageLimit(n)
	out := []model.Event{}
	err := d.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bktEvents).Cursor()
		for k, v := c.Last(); k != nil && len(out) < n; k, v = c.Prev() {
			e, err := decode[model.Event](v)
			if err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, err
}
