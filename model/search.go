package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// Normalize folds s for matching: full-width forms to their canonical width
// (so "ＫＦＣ" matches "KFC"), lower case, and runs of space and punctuation
// collapsed to one space.
func Normalize(s string) string {
	s = strings.ToLower(width.Fold.String(CleanText(s)))
	var b strings.Builder
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// isCJK reports whether r belongs to a script written without spaces.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// Tokens returns the index terms of s. A query word matches when it is a
// prefix of one of them. Latin words are tokens as they are; a run of CJK
// characters contributes each of its suffixes, so that a CJK query matches
// anywhere inside a name ("希望" finds "新希望乳业"). Tokens are unique and in
// first-seen order.
func Tokens(s string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, word := range strings.Fields(Normalize(s)) {
		add(word)
		runes := []rune(word)
		for i, r := range runes {
			if i > 0 && isCJK(r) {
				add(string(runes[i:]))
			}
		}
	}
	return out
}

// QueryWords splits a search query into the words that must all match.
func QueryWords(q string) []string {
	return strings.Fields(Normalize(q))
}

// Matches reports whether every word of query is a prefix of some token of
// the given texts. An empty query matches nothing.
func Matches(query string, texts ...string) bool {
	return matchesTokens(QueryWords(query), TextTokens(texts...))
}

// TextTokens is the tokens of every text, for matching several queries
// against the same texts without tokenising them again (see
// InterestOverlap).
func TextTokens(texts ...string) []string {
	var tokens []string
	for _, t := range texts {
		tokens = append(tokens, Tokens(t)...)
	}
	return tokens
}

// matchesTokens is Matches on query words and text tokens.
func matchesTokens(words, tokens []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		ok := false
		for _, tok := range tokens {
			if strings.HasPrefix(tok, w) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// SearchPerKind is how many results of each kind a search shows (the
// Search tab and `lifesim search`).
const SearchPerKind = 5

// ResultKind groups search results.
type ResultKind string

const (
	ResultMiniProgram ResultKind = "mini_program"
	ResultAccount     ResultKind = "account"
	ResultPost        ResultKind = "post"
)

// ResultKinds is the display order of search groups.
var ResultKinds = []ResultKind{ResultMiniProgram, ResultAccount, ResultPost}

// Title is the heading of a result group.
func (k ResultKind) Title() string {
	switch k {
	case ResultMiniProgram:
		return "Mini Programs"
	case ResultAccount:
		return "Life Accounts"
	}
	return "Content"
}

// SearchResult is one hit, with enough to draw it without another read.
type SearchResult struct {
	Kind     ResultKind `json:"kind"`
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	Subtitle string     `json:"subtitle"`
	Icon     string     `json:"icon,omitempty"`
	// Score orders results inside a group: higher first.
	Score int `json:"score"`
}

// ScoreMatch rates how well query matches a result's name: an exact name
// beats a name prefix, which beats a word prefix, which beats a match only in
// other text. Zero means no match at all.
func ScoreMatch(query, name string, other ...string) int {
	if s := ScoreNormalized(Normalize(query), Normalize(name)); s > 0 {
		return s
	}
	if Normalize(query) != "" && Matches(query, append([]string{name}, other...)...) {
		return 20
	}
	return 0
}
