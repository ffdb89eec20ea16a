package store

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// searchDoc is the value of an idx_search_doc key: a search result without
// its score (enough to draw it without another read), the normalised title
// to score it with, and every token it is indexed under, so that further
// query words are checked with one read instead of a scan.
type searchDoc struct {
	Kind     model.ResultKind `json:"k"`
	ID       string           `json:"i"`
	Title    string           `json:"t"`
	Subtitle string           `json:"s,omitempty"`
	Icon     string           `json:"c,omitempty"`
	Norm     string           `json:"n"` // model.Normalize(Title)
	Tokens   string           `json:"w"` // space-separated, in docTerms order
	// Lead is how many of Tokens come from the key texts (searchTexts):
	// a match among them ranks above one only in the rest.
	Lead int `json:"l,omitempty"`
	// Names are the tokens (space-separated) of the title's other names,
	// the glossary's when the doc was indexed, so that scoring a match by
	// another name (scoreOtherName) never asks the glossary.
	Names string `json:"a,omitempty"`
}

// kv is one pending Put. Seeding collects a bucket's records, sorts them by
// key and writes them in order: bbolt keeps a transaction's new records in
// memory until commit, and appending in key order avoids shifting them on
// every insert (random order made seeding quadratic).
type kv struct{ k, v []byte }

type batch []kv

func (b *batch) add(k, v []byte) { *b = append(*b, kv{k, v}) }

func (b *batch) addJSON(k []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b.add(k, raw)
	return nil
}

// write puts the batch into bucket in key order (stable: of equal keys the
// last added wins). Buckets written only by seeding are packed full.
func (b batch) write(bucket *bolt.Bucket) error {
	slices.SortStableFunc(b, func(x, y kv) int { return bytes.Compare(x.k, y.k) })
	bucket.FillPercent = 0.95
	for _, r := range b {
		if err := bucket.Put(r.k, r.v); err != nil {
			return err
		}
	}
	return nil
}

// searchIndex collects idx_search and idx_search_doc records.
type searchIndex struct {
	tokens, docs batch
	// glossary adds the other names of what a text names: the seeded
	// world's (storedGlossary); nil adds none.
	glossary *model.Glossary
}

// add indexes doc under its terms (docTerms).
func (x *searchIndex) add(doc searchDoc, texts searchTexts) error {
	t := indexTerms(x.glossary, &doc, texts)
	for i, tok := range t.toks {
		x.tokens.add(searchKey(tok, string(doc.Kind), doc.ID), searchValue(tok, t.class(i), doc.Title))
	}
	doc.Tokens = strings.Join(t.toks, " ")
	return x.docs.addJSON(docKey(string(doc.Kind), doc.ID), doc)
}

// maxTokenRunes bounds an index token. A CJK run contributes every suffix
// of itself (model.Tokens), so a post's text of 2,000 Chinese characters
// would otherwise be indexed under two million characters; query words
// are clipped alike (clipToken), so a longer one still matches.
const maxTokenRunes = 16

// clipToken cuts a token or a query word to maxTokenRunes characters.
func clipToken(s string) string {
	n := 0
	for i := range s {
		if n == maxTokenRunes {
			return s[:i]
		}
		n++
	}
	return s
}

func docKey(kind, id string) []byte {
	return append(prefixKey(kind), id...)
}
