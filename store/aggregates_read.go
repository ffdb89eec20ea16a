package store

import (
	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// Funnels reads the chain funnel and retention from the aggregates kept
// with the log, without reading the log: the cost of a read does not grow
// with the log's length.
type Funnels interface {
	// FunnelGroups is the group of all sessions, then one per experiment
	// arm (model.FunnelGroups), with retention within days.
	FunnelGroups(days int) ([]model.FunnelGroup, error)
	// FunnelView is what the observer panel shows, read at one point of
	// the log.
	FunnelView(session string, days int, after uint64, tail int) (FunnelView, error)
}

var _ Funnels = (*DB)(nil)

// FunnelView is the all-sessions funnel and retention, one session's own
// funnel, and the latest events, all as of one point of the log (Last).
type FunnelView struct {
	All       model.Funnel
	Retention model.Retention
	Session   model.Funnel // the session's own (counts of 0 or 1)
	// Completed is how many earlier sessions' chains a revisit in the
	// session completed.
	Completed int
	// Tail is at most the requested number of the latest events after the
	// requested Seq, oldest first.
	Tail []model.Event
	Last uint64 // the log's last Seq
}

// FunnelGroups implements Funnels.
func (d *DB) FunnelGroups(days int) ([]model.FunnelGroup, error) {
	var out []model.FunnelGroup
	err := d.view(func(tx *bolt.Tx) error {
		var err error
		out, err = model.FunnelGroups(boltFunnels{tx}, days)
		return err
	})
	return out, err
}

// FunnelView implements Funnels.
func (d *DB) FunnelView(session string, days int, after uint64, tail int) (FunnelView, error) {
	var v FunnelView
	err := d.view(func(tx *bolt.Tx) error {
		fig := boltFunnels{tx}
		var err error
		if v.All, err = model.FunnelOf(fig, model.GroupAll); err != nil {
			return err
		}
		if v.Retention, err = model.RetentionOf(fig, model.GroupAll, days); err != nil {
			return err
		}
		s, ok, err := fig.Session(session)
		if err != nil {
			return err
		}
		if ok {
			v.Session, v.Completed = s.Funnel(), s.Completed
		}
		v.Last = lastSeq(tx)
		v.Tail, err = latestAfter(tx, after, tail)
		return err
	})
	return v, err
}

// latestAfter is the last n events with Seq after after, oldest first.
func latestAfter(tx *bolt.Tx, after uint64, n int) ([]model.Event, error) {
	out := []model.Event{}
	c := tx.Bucket(bktEvents).Cursor()
	for k, v := c.Last(); k != nil && len(out) < n && seqOf(k) > after; k, v = c.Prev() {
		r, err := decode[eventRecord](v)
		if err != nil {
			return nil, err
		}
		out = append(out, r.model())
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}
