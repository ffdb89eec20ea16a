package model

import (
	"strings"
)

// ScoreNormalized is ScoreMatch(q, n) for a query q and a name n that have
// already been through Normalize, without normalising again: for ranking
// many candidates against one query (the store keeps names normalised in
// its search index). It returns 0 where ScoreMatch would fall back to
// matches in other text.
func ScoreNormalized(q, n string) int {
	switch {
	case q == "":
		return 0
	case n == q:
		return 100
	case strings.HasPrefix(n, q):
		return 80
	case wordsPrefixTokens(q, n):
		return 60
	case strings.Contains(n, q):
		return 40
	}
	return 0
}

// wordsPrefixTokens reports whether every word of q is a prefix of a token
// of n (as Tokens would make them), both normalised.
func wordsPrefixTokens(q, n string) bool {
	for w := range strings.FieldsSeq(q) {
		if !prefixOfToken(w, n) {
			return false
		}
	}
	return true
}

func prefixOfToken(w, n string) bool {
	for f := range strings.FieldsSeq(n) {
		if strings.HasPrefix(f, w) {
			return true
		}
		// CJK suffixes, as Tokens adds them
		for i, r := range f {
			if i > 0 && isCJK(r) && strings.HasPrefix(f[i:], w) {
				return true
			}
		}
	}
	return false
}
