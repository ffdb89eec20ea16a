package store

import (
	"slices"
	"strings"

	"lifesim/model"
)

// docTerms are the tokens a doc is indexed under, in the order of how
// well a match among them ranks, so that Search can read the candidates
// likely to rank first before the others (entryClass).
type docTerms struct {
	// toks are the distinct tokens (clipped) of the title, then of the
	// other names the glossary gives what it names, then of the other key
	// texts and their other names, then of the rest and its other names,
	// and last the name token (nameToken).
	toks []string
	// title, names and lead count the toks of the title, of the title and
	// its other names, and of all the key texts (searchDoc.Lead).
	title, names, lead int
}

// indexTerms is the terms of doc, found by texts (the title among the key
// texts), with the glossary g's other names; it fills in doc's Norm, Names
// and Lead.
func indexTerms(g *model.Glossary, doc *searchDoc, texts searchTexts) docTerms {
	var t docTerms
	seen := map[string]bool{}
	add := func(texts ...string) {
		for _, s := range texts {
			for _, tok := range model.Tokens(s) {
				tok = clipToken(tok)
				if !seen[tok] {
					seen[tok] = true
					t.toks = append(t.toks, tok)
				}
			}
		}
	}
	doc.Norm = model.Normalize(doc.Title)
	aliases := g.Aliases(doc.Title)
	doc.Names = tokenSet(aliases)
	add(doc.Title)
	t.title = len(t.toks)
	add(aliases)
	t.names = len(t.toks)
	add(texts.key...)
	add(g.Aliases(texts.key...))
	t.lead = len(t.toks)
	add(texts.rest...)
	add(g.Aliases(texts.rest...))
	doc.Lead = t.lead
	if doc.Norm != "" {
		t.toks = append(t.toks, nameToken(doc.Norm))
	}
	return t
}

// tokenSet is the distinct tokens (clipped) of s, sorted and
// space-separated: searchDoc.Names.
func tokenSet(s string) string {
	toks := model.Tokens(s)
	for i, t := range toks {
		toks[i] = clipToken(t)
	}
	slices.Sort(toks)
	return strings.Join(slices.Compact(toks), " ")
}

// Classes of an idx_search entry, its value (searchValue): what part of
// the doc its token comes from, best first. Search reads the candidates
// of the better classes first; a class only orders the reading, the
// record still gives the score.
const (
	classTitle = iota // the title: model.ScoreNormalized's 60 and more
	classNames        // the title's other names: scoreOtherName
	classKey          // the other key texts: scoreKey
	classRest         // the rest: scoreText
	classes
)

// classValues are the values of entries of each class.
var classValues = [classes][]byte{classTitle: []byte("t"), classNames: []byte("a"), classKey: []byte("k")}

// class is the class of toks[i].
func (t docTerms) class(i int) int {
	switch {
	case i < t.title:
		return classTitle
	case i < t.names:
		return classNames
	case i < t.lead:
		return classKey
	}
	return classRest
}

// entryClass is the class of an idx_search entry by its value.
func entryClass(v []byte) int {
	if len(v) == 1 {
		switch v[0] {
		case 't':
			return classTitle
		case 'a':
			return classNames
		case 'k':
			return classKey
		}
	}
	return classRest
}

// A doc is indexed under its whole normalised title too, its name token:
// nameMark, then the title with nameSpace for each space. That keeps it
// one token of searchDoc.Tokens, so unpublishing removes its entry with
// the others, and, as a normalised text has no punctuation, no query word
// is a prefix of it, so word scans never see it (neither mark is one
// JSON escapes: the doc is read in place, docView). Its entry's value is
// the title: a scan of the name tokens that start with a query finds and
// ranks every name the query starts (model.ScoreNormalized's 80 and 100)
// without reading a record.
const (
	nameMark  = "#"
	nameSpace = "_"
)

// nameToken is the name token of a normalised title or query.
func nameToken(norm string) string {
	return nameMark + strings.ReplaceAll(norm, " ", nameSpace)
}

// searchValue is the value of the idx_search entry of tok, of class c, for
// a doc titled title: the title for its name token, else the class's.
func searchValue(tok string, c int, title string) []byte {
	if strings.HasPrefix(tok, nameMark) {
		return []byte(title)
	}
	return classValues[c]
}
