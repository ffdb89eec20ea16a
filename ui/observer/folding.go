package observer

import (
	"lifesim/model"
	"lifesim/report"
	"lifesim/store"
)

// Folding is the Log of a store that keeps no funnel with its log (a test
// double of store.Store): each read folds the whole log in memory. The
// app's store keeps the funnel (store.Funnels), so it never needs this.
func Folding(log store.EventLog) Log { return folding{log} }

type folding struct{ log store.EventLog }

func (f folding) FunnelView(session string, days int, after uint64, tail int) (store.FunnelView, error) {
	a := model.NewAnalysis()
	var evs []model.Event
	err := report.EachEvent(f.log, 0, func(e model.Event) error {
		a.Add(e)
		if e.Seq > after {
			evs = append(evs, e)
		}
		if n := len(evs); n > 2*tail {
			evs = append([]model.Event(nil), evs[n-tail:]...)
		}
		return nil
	})
	if n := len(evs); n > tail {
		evs = evs[n-tail:]
	}
	return store.FunnelView{All: a.Funnel(), Retention: a.Retention(days), Session: a.SessionFunnel(session),
		Completed: a.Completed(session), Tail: evs, Last: a.Last()}, err
}
