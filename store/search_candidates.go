package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// candidates returns the distinct refs (kind NUL id) of the entries
// matching word, at most maxCandidatesPerKind of each kind, none of a kind
// that skip says is done. Of each kind, those found by a token of a
// better class (entryClass) come first: one letter matches far more than
// are read, and a match in the title outranks any in the text. They point
// into the transaction's memory.
func candidates(b *bolt.Bucket, word string, skip func(kind []byte) bool) [][]byte {
	picks := make([]classLists, len(model.ResultKinds))
	open := 0 // kinds still short of maxCandidatesPerKind in the best class
	for i, k := range model.ResultKinds {
		if picks[i].done = skip([]byte(k)); !picks[i].done {
			open++
		}
	}
	seen := map[string]bool{}
	scan(b, word, func(ref, v []byte) bool {
		i := kindIndex(ref[:max(bytes.IndexByte(ref, sep), 0)])
		if i < 0 || picks[i].done {
			return true
		}
		p, c := &picks[i], entryClass(v)
		if len(p.refs[c]) == maxCandidatesPerKind || seen[string(ref)] {
			return true
		}
		seen[string(ref)] = true
		p.refs[c] = append(p.refs[c], ref)
		if c == classTitle && len(p.refs[c]) == maxCandidatesPerKind {
			p.done = true
			open--
		}
		return open > 0
	})
	var out [][]byte
	for i := range picks {
		p, n := &picks[i], 0
		for _, refs := range p.refs {
			refs = refs[:min(len(refs), maxCandidatesPerKind-n)]
			out = append(out, refs...)
			n += len(refs)
		}
	}
	return out
}

// classLists are one kind's candidates by class.
type classLists struct {
	refs [classes][][]byte
	done bool // no more are wanted
}

// kindIndex is kind's place in model.ResultKinds, or -1.
func kindIndex(kind []byte) int {
	for i, k := range model.ResultKinds {
		if string(kind) == string(k) {
			return i
		}
	}
	return -1
}
