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
	// matchesPerResult bounds, of those, the ones that match every word:
	// the top perKind results of a kind are picked among the first
	// matchesPerResult×perKind of its matches, the better classes first.
	// For the Search tab's five that is 100, more than the built-in world
	// has of any kind, so its results are those of reading every match.
	matchesPerResult = 20
	// countCap bounds the entries counted to find the most selective word.
	countCap = 2000
)

// Search answers as-you-type search: each word of the query must be a
// prefix of some token of the result (mini programs: name, category,
// description, keywords, services; accounts: name, bio, keywords; posts:
// title, text, tags, components and the account's name), or of the other
// names the glossary gives what those texts name. Results are grouped in
// model.ResultKinds order, best first inside a group (docView.score: a
// match in the name above a match only in the text; then title, then id),
// at most perKind of each kind. An empty query gives no results.
//
// First the names the query starts (scores 80 and 100) are ranked from
// their name tokens (nameToken) alone; a kind that has perKind of them is
// done, as nothing else scores as high. For the other kinds, the query's
// most selective word picks the candidates from idx_search (candidates:
// those found in the title first); each candidate's idx_search_doc
// record, read in place (docView), then checks the other words and
// scores it. Only the best perKind of each kind are kept (topResults).
//
// On a big world this is best effort where a bound is reached: names
// beyond the first maxScanPerWord that start with the query are not
// ranked, and of the other matches only the first matchesPerResult×perKind
// of each kind are, of at most maxCandidatesPerKind read, among at most
// maxScanPerWord index entries of the word: those found in the title,
// then by the title's other names, the key texts and the rest, each in
// index order (token, then id). One letter over 100k posts thus shows the
// best names that start with it; of the titles with a word that starts
// with it, or of the matches in the text, the first read, not always the
// first by title.
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
		idx, docs := tx.Bucket(bktIdxSearch), tx.Bucket(bktIdxSearchDoc)
		best := newTopResults(perKind)
		rankNames(idx, q, best)
		if !best.allFull() {
			words = bySelectivity(idx, words)
			if err := scoreCandidates(docs, candidates(idx, words[0], best.full), q, words, best); err != nil {
				return err
			}
		}
		var err error
		out, err = best.results(docs)
		return err
	})
	return out, err
}

// scoreCandidates reads the records of refs (candidates: of each kind,
// the better classes first) from docs, and adds to best those that match
// every word, scored for the query q. Of each kind it scores at most
// matchesPerResult×perKind of them (best.n): each record read maps a page
// of the file into memory, with its neighbours (the kernel's
// fault-around), wherever its id puts it, so at 100k posts reading the
// 500 candidates of each kind that one Chinese character has mapped 51 MB
// of the file to show fifteen results (100 of each: 23 MB).
func scoreCandidates(docs *bolt.Bucket, refs [][]byte, q string, words []string, best *topResults) error {
	matched := make([]int, len(model.ResultKinds))
	for _, ref := range refs {
		i := kindIndex(ref[:max(bytes.IndexByte(ref, sep), 0)])
		if i < 0 || matched[i] == matchesPerResult*best.n {
			continue
		}
		raw := docs.Get(ref)
		if raw == nil {
			continue
		}
		doc, err := viewDoc(ref, raw)
		if err != nil {
			return err
		}
		if doc.matchesAll(words[1:]) {
			matched[i]++
			best.add(scored{doc: doc, score: doc.score(q, words), read: true})
		}
	}
	return nil
}

// rankNames adds to best the docs whose normalised title starts with the
// normalised query q, scored as model.ScoreNormalized does (100 for the
// whole title, else 80), from the entries of their name tokens.
func rankNames(idx *bolt.Bucket, q string, best *topResults) {
	name := []byte(nameToken(q))
	c := idx.Cursor()
	n := 0
	for k, title := c.Seek(name); k != nil && bytes.HasPrefix(k, name) && n < maxScanPerWord; k, title = c.Next() {
		n++
		tok, ref, ok := splitSearchKey(k)
		kind, id, found := bytes.Cut(ref, []byte{sep})
		if !ok || !found {
			continue
		}
		score := 80
		if len(tok) == len(name) {
			score = 100
		}
		best.add(scored{doc: docView{kind: kind, id: id, title: title}, score: score})
	}
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
// the title's other names (the glossary's, kept in the doc), else the
// text.
func (v *docView) score(q string, words []string) int {
	if s := model.ScoreNormalized(q, string(v.norm)); s > 0 {
		return s
	}
	if len(v.names) > 0 && allPrefix(words, v.names) {
		return scoreOtherName
	}
	if allPrefix(words, leadTokens(v.tokens, v.lead)) {
		return scoreKey
	}
	return scoreText
}

// matchesAll reports whether every word is a prefix of one of the doc's
// tokens.
func (v *docView) matchesAll(words []string) bool {
	return allPrefix(words, v.tokens)
}

// allPrefix reports whether every word is a prefix of one of the
// space-separated tokens.
func allPrefix(words []string, tokens []byte) bool {
	for _, w := range words {
		if !hasTokenPrefix(tokens, w) {
			return false
		}
	}
	return true
}

// hasTokenPrefix reports whether w is a prefix of one of the
// space-separated tokens: whether it occurs at the start of one.
func hasTokenPrefix(tokens []byte, w string) bool {
	for i := 0; i < len(tokens); {
		j := bytes.Index(tokens[i:], []byte(w))
		if j < 0 {
			return false
		}
		if at := i + j; at == 0 || tokens[at-1] == ' ' {
			return true
		}
		i += j + 1
	}
	return false
}

// leadTokens is the first n of the space-separated tokens.
func leadTokens(tokens []byte, n int) []byte {
	end := 0
	for range n {
		i := bytes.IndexByte(tokens[end:], ' ')
		if i < 0 {
			return tokens
		}
		end += i + 1
	}
	return tokens[:max(end-1, 0)]
}

// scan calls fn for up to maxScanPerWord index entries whose token
// starts with word, with the kind NUL id part of the key and the value;
// fn returns false to stop.
func scan(b *bolt.Bucket, word string, fn func(ref, v []byte) bool) {
	prefix := []byte(word)
	c := b.Cursor()
	n := 0
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && n < maxScanPerWord; k, v = c.Next() {
		n++
		if _, ref, ok := splitSearchKey(k); ok && !fn(ref, v) {
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
		scan(b, w, func(_, _ []byte) bool { n++; return n < countCap })
		count[w] = n
	}
	slices.SortStableFunc(words, func(x, y string) int {
		return cmp.Or(cmp.Compare(count[x], count[y]), cmp.Compare(len(y), len(x)))
	})
	return words
}
