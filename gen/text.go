package gen

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fill replaces each {key} of t with lookup(key).
func fill(t string, lookup func(key string) string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(t, '{')
		if open < 0 {
			b.WriteString(t)
			return b.String()
		}
		end := strings.IndexByte(t[open:], '}')
		if end < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:open])
		b.WriteString(lookup(t[open+1 : open+end]))
		t = t[open+end+1:]
	}
}

// capital is s with its first letter in upper case.
func capital(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// titleCase capitalises every word: "beef noodles" → "Beef Noodles".
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "and" && w != "for" && w != "a" && w != "an" && w != "the" && w != "with" || i == 0 {
			words[i] = capital(w)
		}
	}
	return strings.Join(words, " ")
}

// slug is s as an id part: "Beef Noodles" → "beef-noodles".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// fit is the first of texts that is at most limit characters, or the last
// one cut at a word to fit.
func fit(limit int, texts ...string) string {
	for _, t := range texts {
		if utf8.RuneCountInString(t) <= limit {
			return t
		}
	}
	t := []rune(texts[len(texts)-1])[:limit]
	if i := strings.LastIndexByte(string(t), ' '); i > 0 {
		return strings.TrimRight(string(t)[:i], " ,:;-")
	}
	return string(t)
}

func itoa(n int) string { return strconv.Itoa(n) }
