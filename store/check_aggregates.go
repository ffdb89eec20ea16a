package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// aggregateCheck folds the log again, a page at a time, and compares what
// the aggregates kept with it (aggregates.go) say with what the fold says:
// every group's funnel and its retention over several windows, and every
// session's own funnel. Each event and its fold are written in one
// transaction, so they can only disagree if the file was changed behind
// lifesim's back (or a bug); the funnel and the observer panel would then
// show figures the log does not support.
type aggregateCheck struct {
	d        *DB
	events   int
	sessions int
	problems []Problem
}

// checkWindows are the retention windows compared, in days: none, the
// default and a decade (every revisit).
var checkWindows = []int{0, 1, 7, 3650}

func (c *aggregateCheck) run() {
	a := model.NewAnalysis()
	c.events = eachLogPage(c.d, func(evs []model.Event) { a.Add(evs...) })
	err := c.d.view(func(tx *bolt.Tx) error {
		if err := c.groups(boltFunnels{tx}, a); err != nil {
			return err
		}
		return c.eachSession(tx, a)
	})
	if err != nil {
		c.add("the funnel's aggregates cannot be read", err.Error())
	}
}

// groups compares every group's figures.
func (c *aggregateCheck) groups(fig boltFunnels, a *model.Analysis) error {
	for _, days := range checkWindows {
		kept, err := model.FunnelGroups(fig, days)
		if err != nil {
			return err
		}
		folded := a.Groups(days)
		if got, want := fmt.Sprintf("%+v", kept), fmt.Sprintf("%+v", folded); got != want {
			c.add(fmt.Sprintf("the funnel kept with the log differs from the log's own (retention within %d days)", days),
				fmt.Sprintf("kept %s; the log gives %s", got, want))
			return nil // the other windows would say the same
		}
	}
	return nil
}

// eachSession compares every kept session's own funnel.
func (c *aggregateCheck) eachSession(tx *bolt.Tx, a *model.Analysis) error {
	fig := boltFunnels{tx}
	return tx.Bucket(bktAggSessions).ForEach(func(k, _ []byte) error {
		c.sessions++
		s, _, err := fig.Session(string(k))
		if err != nil {
			return err
		}
		if got, want := s.Funnel(), a.SessionFunnel(s.ID); got != want || s.Completed != a.Completed(s.ID) {
			c.add(fmt.Sprintf("session %s's funnel kept with the log differs from the log's own", keyName(k)),
				fmt.Sprintf("kept %+v and %d completed; the log gives %+v and %d", got, s.Completed, want, a.Completed(s.ID)))
		}
		return nil
	})
}

// eachLogPage hands fn the log a page at a time, for the checks that
// compare what is kept from the log with the log itself, and returns how
// many events it read. It stops at a page that does not read: the records
// check has reported it already.
func eachLogPage(d *DB, fn func([]model.Event)) int {
	n := 0
	for after := uint64(0); ; {
		evs, err := d.Events(after, 1000)
		if err != nil || len(evs) == 0 {
			return n
		}
		fn(evs)
		n += len(evs)
		after = evs[len(evs)-1].Seq
	}
}

// add records a problem, up to maxProblems.
func (c *aggregateCheck) add(summary, detail string) {
	if len(c.problems) == maxProblems {
		c.problems = append(c.problems, Problem{Area: "funnel", Summary: "more sessions differ (not listed)"})
	}
	if len(c.problems) > maxProblems {
		return
	}
	c.problems = append(c.problems, Problem{Area: "funnel", Summary: summary, Detail: detail})
}
