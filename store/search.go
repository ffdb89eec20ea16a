package store

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// Bounds that keep as-you-type search within a frame on a huge world. The
// keys of a token sort before those of the longer tokens it prefixes (the
// key is token, NUL, …), so exact-word hits are always seen first; beyond
// the bounds, results for very unselective words (one letter over 100k
// posts) are best effort.
const (
	// maxScanPerWord bounds the index entries the query's most selective
	// word may visit.
	maxScanPerWord = 50000
	// maxCandidatesPerKind bounds the results of each kind that are read
	// and scored.
	maxCandidatesPerKind = 500
	// countCap bounds the entries counted to find the most selective word.
	countCap = 2000
)

// Search answers as-you-type search: each word of the query must be a
// prefix of some token of the result (mini programs: name, category,
// description, keywords, services; accounts: name, bio, keywords; posts:
// title, text, tags, components and the account's name), or of the other
// names the glossary gives what those texts name. Results are grouped in
// model.ResultKinds order, best first inside a group (searchDoc.score: a
// match in the name above a match only in the text; then title, then id),
// at most perKind of each kind. An empty query gives no results.
//
// The query's most selective word picks the candidates from idx_search;
// each candidate's idx_search_doc record then checks the other words and
// gives what to draw.
func (d *DB) Search(query string, perKind int) ([]model.SearchResult, error) {
	q := model.Normalize(query)
	words := strings.Fields(q)
	for i, w := range words {
		words[i] = clipToken(w)
	}
	out := []model.SearchResult{}
	if len(words) == 0 || perKind <= 0 {
		return out, nil
	}
	err := d.view(func(tx *bolt.Tx) error {
		g, err := storedGlossary(tx)
		if err != nil {
			return err
		}
		idx := tx.Bucket(bktIdxSearch)
		words = bySelectivity(idx, words)
		byKind := map[model.ResultKind][]model.SearchResult{}
		docs := tx.Bucket(bktIdxSearchDoc)
		for _, ref := range candidates(idx, words[0]) {
			doc, ok, err := getJSON[searchDoc](docs, ref)
			if err != nil {
				return err
			}
			if !ok || !matchesAll(doc, words[1:]) {
				continue
			}
			byKind[doc.Kind] = append(byKind[doc.Kind], doc.result(doc.score(q, words, g)))
		}
		out = best(byKind, perKind)
		return nil
	})
	return out, err
}

// Scores of a match beside model.ScoreNormalized's 40–100 for the name
// itself.
const (
	// scoreOtherName: every word matches another name of the title ("小龙虾"
	// for "New Year's Crayfish Series", "肯德基" for "KFC").
	scoreOtherName = 30
	// scoreKey: every word matches the key texts: keywords, tags, category
	// ("milk" for New Hope's member store).
	scoreKey = 25
	// scoreText: the words match only the rest of the text.
	scoreText = 20
)

// score rates the doc for the normalised query q and its words: how it
// matches the name (model.ScoreMatch, without normalising again), else
// the title's other names (the glossary g's), else the text.
func (e searchDoc) score(q string, words []string, g *model.Glossary) int {
	if s := model.ScoreNormalized(q, e.Norm); s > 0 {
		return s
	}
	if names := model.Tokens(g.Aliases(e.Title)); len(names) > 0 && allPrefix(words, names) {
		return scoreOtherName
	}
	if toks := strings.Fields(e.Tokens); allPrefix(words, toks[:min(e.Lead, len(toks))]) {
		return scoreKey
	}
	return scoreText
}

// allPrefix reports whether every word is a prefix of one of tokens.
func allPrefix(words, tokens []string) bool {
	for _, w := range words {
		if !slices.ContainsFunc(tokens, func(t string) bool { return strings.HasPrefix(t, w) }) {
			return false
		}
	}
	return true
}

func matchesAll(doc searchDoc, words []string) bool {
	for _, w := range words {
		if !doc.matches(w) {
			return false
		}
	}
	return true
}

// scan calls fn for up to maxScanPerWord index keys starting with word,
// with the kind NUL id part of the key; fn returns false to stop.
func scan(b *bolt.Bucket, word string, fn func(ref []byte) bool) {
	prefix := []byte(word)
	c := b.Cursor()
	n := 0
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && n < maxScanPerWord; k, _ = c.Next() {
		n++
		if _, ref, ok := splitSearchKey(k); ok && !fn(ref) {
			return
		}
	}
}

// bySelectivity returns the distinct words, the one with the fewest index
// entries first (ties: the longer first).
func bySelectivity(b *bolt.Bucket, words []string) []string {
	slices.Sort(words)
	words = slices.Compact(words)
	if len(words) == 1 {
		return words
	}
	count := map[string]int{}
	for _, w := range words {
		n := 0
		scan(b, w, func([]byte) bool { n++; return n < countCap })
		count[w] = n
	}
	slices.SortStableFunc(words, func(x, y string) int {
		return cmp.Or(cmp.Compare(count[x], count[y]), cmp.Compare(len(y), len(x)))
	})
	return words
}

// candidates returns the distinct refs (kind NUL id) of the entries
// matching word, at most maxCandidatesPerKind of each kind.
func candidates(b *bolt.Bucket, word string) [][]byte {
	var out [][]byte
	seen := map[string]bool{}
	perKind := map[string]int{}
	full := 0
	scan(b, word, func(ref []byte) bool {
		if seen[string(ref)] {
			return true
		}
		kind := string(ref[:max(bytes.IndexByte(ref, sep), 0)])
		if perKind[kind] == maxCandidatesPerKind {
			return true
		}
		seen[string(ref)] = true
		out = append(out, bytes.Clone(ref))
		if perKind[kind]++; perKind[kind] == maxCandidatesPerKind {
			full++
		}
		return full < len(model.ResultKinds)
	})
	return out
}

// best orders each kind's results and keeps perKind of each, in
// model.ResultKinds order.
func best(byKind map[model.ResultKind][]model.SearchResult, perKind int) []model.SearchResult {
	out := []model.SearchResult{}
	for _, k := range model.ResultKinds {
		rs := byKind[k]
		slices.SortFunc(rs, func(a, b model.SearchResult) int {
			return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
		})
		out = append(out, rs[:min(len(rs), perKind)]...)
	}
	return out
}
