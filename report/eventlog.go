package report

import (
	"lifesim/model"
	"lifesim/store"
)

// logPage is how many events one read of the log takes: big enough that a
// long log costs few transactions, small enough that memory stays flat.
const logPage = 1000

// EachEvent calls fn for every event after seq after (0: the whole log),
// oldest first, reading the log a page at a time. It stops at the first
// error, from the log or from fn.
func EachEvent(log store.EventLog, after uint64, fn func(model.Event) error) error {
	for {
		evs, err := log.Events(after, logPage)
		if err != nil {
			return err
		}
		for _, e := range evs {
			if err := fn(e); err != nil {
				return err
			}
		}
		if len(evs) < logPage {
			return nil
		}
		after = evs[len(evs)-1].Seq
	}
}
