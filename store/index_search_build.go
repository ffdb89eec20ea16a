package store

import (
	"encoding/json"
	"runtime"
	"slices"
	"strings"
	"sync"

	"lifesim/model"
)

// searchBuild collects a whole world's search index compactly: each
// distinct token once, and each (token, document) entry as one uint64 of
// their numbers, so that a world of 100k posts (millions of entries) is
// indexed in tens of megabytes and its keys are made one by one, in key
// order, as they are written (streams). Documents are tokenised a chunk at
// a time on every CPU: tokenising, with the glossary's other names, is
// most of a big seed's work.
type searchBuild struct {
	glossary *model.Glossary
	ids      map[string]uint32 // token → its number
	tokens   []string          // by number
	docs     []builtDoc
	pending  []pendingDoc // added, not yet tokenised
}

// builtDoc is a document and the numbers of its tokens, in searchDoc's
// order, with how many come from the title and from its other names
// (docTerms).
type builtDoc struct {
	key          []byte // docKey
	doc          searchDoc
	toks         []uint32
	title, names int32
}

// class is docTerms.class of the doc's i'th token.
func (d *builtDoc) class(i int) int {
	return docTerms{title: int(d.title), names: int(d.names), lead: d.doc.Lead}.class(i)
}

// pendingDoc is a document waiting to be tokenised, and then its terms.
type pendingDoc struct {
	doc   searchDoc
	texts searchTexts
	terms docTerms
}

// searchChunk is how many documents are tokenised together.
const searchChunk = 2048

func newSearchBuild(g *model.Glossary) *searchBuild {
	return &searchBuild{glossary: g, ids: map[string]uint32{}}
}

// add is searchIndex.add for a whole world.
func (s *searchBuild) add(doc searchDoc, texts searchTexts) {
	s.pending = append(s.pending, pendingDoc{doc: doc, texts: texts})
	if len(s.pending) == searchChunk {
		s.flush()
	}
}

// flush tokenises the pending documents, spread over the CPUs, and
// numbers their tokens in the order they were added.
func (s *searchBuild) flush() {
	workers := min(runtime.GOMAXPROCS(0), len(s.pending))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(s.pending); i += workers {
				p := &s.pending[i]
				p.terms = indexTerms(s.glossary, &p.doc, p.texts)
			}
		})
	}
	wg.Wait()
	for _, p := range s.pending {
		nums := make([]uint32, len(p.terms.toks))
		for i, t := range p.terms.toks {
			n, ok := s.ids[t]
			if !ok {
				// a token is a slice of its normalised text: keep only it
				t = strings.Clone(t)
				n = uint32(len(s.tokens))
				s.ids[t] = n
				s.tokens = append(s.tokens, t)
			}
			nums[i] = n
		}
		s.docs = append(s.docs, builtDoc{key: docKey(string(p.doc.Kind), p.doc.ID), doc: p.doc, toks: nums,
			title: int32(p.terms.title), names: int32(p.terms.names)})
	}
	s.pending = s.pending[:0]
}

// streams is idx_search_doc and idx_search. Keys are token NUL kind NUL
// id; since neither a token nor a kind holds a NUL, their byte order is
// the order of (token, document key), which is what the entries are
// sorted by: (rank of the token, rank of the document, the entry's class)
// packed in a uint64.
func (s *searchBuild) streams() (docs, tokens stream) {
	s.flush()
	s.ids = nil // numbered: only tokens is needed from here on
	slices.SortStableFunc(s.docs, func(a, b builtDoc) int { return strings.Compare(string(a.key), string(b.key)) })
	order := make([]uint32, len(s.tokens))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(a, b uint32) int { return strings.Compare(s.tokens[a], s.tokens[b]) })
	rank := make([]uint32, len(s.tokens))
	for r, n := range order {
		rank[n] = uint32(r)
	}
	var entries []uint64
	for d := range s.docs {
		doc := &s.docs[d]
		for i, n := range doc.toks {
			entries = append(entries, uint64(rank[n])<<32|uint64(d)<<2|uint64(doc.class(i)))
		}
	}
	slices.Sort(entries)
	docs = stream{bucket: bktIdxSearchDoc, n: len(s.docs), record: func(i int) ([]byte, []byte, error) {
		d := s.docs[i]
		words := make([]string, len(d.toks))
		for j, n := range d.toks {
			words[j] = s.tokens[n]
		}
		d.doc.Tokens = strings.Join(words, " ")
		raw, err := json.Marshal(d.doc)
		return d.key, raw, err
	}}
	tokens = stream{bucket: bktIdxSearch, n: len(entries), record: func(i int) ([]byte, []byte, error) {
		e := entries[i]
		tok, doc := s.tokens[order[e>>32]], &s.docs[uint32(e)>>2]
		k := make([]byte, 0, len(tok)+1+len(doc.key))
		k = append(append(append(k, tok...), sep), doc.key...)
		return k, searchValue(tok, int(e&3), doc.doc.Title), nil
	}}
	return docs, tokens
}
