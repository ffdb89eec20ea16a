package store

import (
	"bytes"
	"cmp"
	"slices"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// topResults keeps the best n results of each kind as candidates are
// scored, instead of collecting and sorting them all: a search of a big
// world scores hundreds of candidates per kind to show five.
type topResults struct {
	n      int
	byKind map[string][]scored
}

// scored is a candidate and its score. A candidate ranked from its name
// token has only its kind, id and title until results reads its record.
type scored struct {
	doc   docView
	score int
	read  bool // doc is the whole record
}

func newTopResults(n int) *topResults {
	return &topResults{n: n, byKind: map[string][]scored{}}
}

// before orders results best first: by score, then title, then id.
func (a scored) before(b scored) bool {
	return cmp.Or(cmp.Compare(b.score, a.score), bytes.Compare(a.doc.title, b.doc.title),
		bytes.Compare(a.doc.id, b.doc.id)) < 0
}

// add keeps s if it is among its kind's best n so far and not kept
// already (a name the query starts is found again among the word's
// matches, with the same score).
func (t *topResults) add(s scored) {
	best := t.byKind[string(s.doc.kind)]
	if len(best) == t.n && !s.before(best[len(best)-1]) {
		return
	}
	if slices.ContainsFunc(best, func(b scored) bool { return bytes.Equal(b.doc.id, s.doc.id) }) {
		return
	}
	at, _ := slices.BinarySearchFunc(best, s, func(x, y scored) int {
		if x.before(y) {
			return -1
		}
		return 1
	})
	if len(best) == t.n {
		best = best[:len(best)-1]
	}
	t.byKind[string(s.doc.kind)] = slices.Insert(best, at, s)
}

// full reports whether kind has n results.
func (t *topResults) full(kind []byte) bool {
	return len(t.byKind[string(kind)]) == t.n
}

// allFull reports whether every kind has n results.
func (t *topResults) allFull() bool {
	for _, k := range model.ResultKinds {
		if !t.full([]byte(k)) {
			return false
		}
	}
	return true
}

// results are the kept results, in model.ResultKinds order; those ranked
// by name have their records read from docs (idx_search_doc) for what
// else they show.
func (t *topResults) results(docs *bolt.Bucket) ([]model.SearchResult, error) {
	out := []model.SearchResult{}
	for _, k := range model.ResultKinds {
		for _, s := range t.byKind[string(k)] {
			if !s.read {
				key := docKey(string(k), string(s.doc.id))
				raw := docs.Get(key)
				if raw == nil {
					continue // a name token without its record: check reports it
				}
				doc, err := viewDoc(key, raw)
				if err != nil {
					return nil, err
				}
				s.doc = doc
			}
			out = append(out, s.doc.result(s.score))
		}
	}
	return out, nil
}
