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
	Tokens   string           `json:"w"` // space-separated
	// Lead is how many of Tokens come from the key texts (searchTexts):
	// a match among them ranks above one only in the rest.
	Lead int `json:"l,omitempty"`
}

func (e searchDoc) result(score int) model.SearchResult {
	return model.SearchResult{Kind: e.Kind, ID: e.ID, Title: e.Title, Subtitle: e.Subtitle, Icon: e.Icon, Score: score}
}

// matches reports whether word is a prefix of one of the doc's tokens.
func (e searchDoc) matches(word string) bool {
	for t := range strings.FieldsSeq(e.Tokens) {
		if strings.HasPrefix(t, word) {
			return true
		}
	}
	return false
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

// add indexes doc under every distinct token of texts and of the other
// names (the glossary's) of what they name. The title is found among the
// texts by whoever calls add; it is not indexed unless it is one of them.
func (x *searchIndex) add(doc searchDoc, texts searchTexts) error {
	doc.Norm = model.Normalize(doc.Title)
	var toks []string
	seen := map[string]bool{}
	key := append(slices.Clip(texts.key), x.glossary.Aliases(texts.key...))
	rest := append(slices.Clip(texts.rest), x.glossary.Aliases(texts.rest...))
	for i, t := range slices.Concat(key, rest) {
		if i == len(key) {
			doc.Lead = len(toks)
		}
		for _, tok := range model.Tokens(t) {
			tok = clipToken(tok)
			if !seen[tok] {
				seen[tok] = true
				toks = append(toks, tok)
				x.tokens.add(searchKey(tok, string(doc.Kind), doc.ID), nil)
			}
		}
	}
	doc.Tokens = strings.Join(toks, " ")
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

// indexWorld fills the search, feed-time, account-posts and group-posts
// indexes, and keeps the aliases the search index is built with
// (putAliases).
func indexWorld(tx *bolt.Tx, w model.World) error {
	if err := putAliases(tx, w.Aliases); err != nil {
		return err
	}
	search := searchIndex{glossary: model.NewGlossary(w.Aliases)}
	var feed, byAccount, byGroup batch
	groups := model.GroupIndex(w.Groups)
	for _, m := range w.MiniPrograms {
		doc := searchDoc{Kind: model.ResultMiniProgram, ID: string(m.ID), Title: m.Name, Subtitle: m.Category, Icon: m.Icon}
		if err := search.add(doc, miniProgramTexts(m)); err != nil {
			return err
		}
	}
	names := make(map[model.AccountID]string, len(w.Accounts))
	for _, a := range w.Accounts {
		names[a.ID] = a.Name
		doc := searchDoc{Kind: model.ResultAccount, ID: string(a.ID), Title: a.Name,
			Subtitle: a.Kind.Label() + " · " + model.CompactCount(a.Fans) + " fans"}
		if err := search.add(doc, accountTexts(a)); err != nil {
			return err
		}
	}
	for _, p := range w.Posts {
		doc := searchDoc{Kind: model.ResultPost, ID: string(p.ID), Title: p.Title,
			Subtitle: names[p.AccountID] + " · " + p.Kind.Label()}
		if err := search.add(doc, postTexts(p, names[p.AccountID])); err != nil {
			return err
		}
		feed.add(timeIDKey(p.PublishedAt, string(p.ID)), nil)
		byAccount.add(accountPostKey(string(p.AccountID), p.PublishedAt, string(p.ID)), nil)
		for _, g := range model.PostGroups(p, groups) {
			byGroup.add(accountPostKey(string(g), p.PublishedAt, string(p.ID)), nil)
		}
	}
	for _, step := range []struct {
		b      batch
		bucket []byte
	}{
		{search.tokens, bktIdxSearch}, {search.docs, bktIdxSearchDoc},
		{feed, bktIdxFeedTime}, {byAccount, bktIdxAccountPosts}, {byGroup, bktIdxGroupPosts},
	} {
		if err := step.b.write(tx.Bucket(step.bucket)); err != nil {
			return err
		}
	}
	return nil
}
