package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// appendEvent assigns the next sequence number to e and stores it under
// that number (big-endian, so key order is log order). It is the one place
// events are written, so it also folds e into the aggregates
// (aggregates.go), in the same transaction.
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
	if err := putJSON(b, seqKey(seq), toEventRecord(e)); err != nil {
		return 0, err
	}
	return seq, foldEvent(tx, e)
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
		e.At = d.actionTime(tx, model.Actor{Session: e.Session, At: e.At})
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
			r, err := decode[eventRecord](v)
			if err != nil {
				return err
			}
			out = append(out, r.model())
		}
		// A reader paging through a big log (events, check) would
		// otherwise keep every page of it resident.
		if tx.Size() > fullWalkMax {
			releaseMapped(d.bolt, tx)
		}
		return nil
	})
	return out, err
}

// LatestEvents returns the last n events, oldest first.
func (d *DB) LatestEvents(n int) ([]model.Event, error) {
	var out []model.Event
	err := d.view(func(tx *bolt.Tx) error {
		var err error
		out, err = latestAfter(tx, 0, pageLimit(n))
		return err
	})
	return out, err
}

// actionTime is when the action or event of actor a happens, read inside
// the write transaction that will assign its sequence number: the store's
// clock when it has one, else the actor's time (the wall clock when that
// is zero). Within a session it never goes before the latest event, so
// time never decreases along the log even when two commands started in
// one order commit in the other.
func (d *DB) actionTime(tx *bolt.Tx, a model.Actor) time.Time {
	at := a.At
	if d.clock != nil {
		at = d.clock()
	}
	if at.IsZero() {
		at = time.Now()
	}
	if _, v := tx.Bucket(bktEvents).Cursor().Last(); v != nil {
		if last, err := decode[eventRecord](v); err == nil && last.Session == a.Session && last.At.After(at) {
			at = last.At
		}
	}
	return at
}
