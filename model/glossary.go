package model

import (
	"maps"
	"slices"
	"strings"
)

// Glossary knows the other names of things: a brand, a topic or a dish in
// English and in Chinese. Search indexes a text under the other names of
// everything it names, so that "小龙虾" finds a post about crayfish and
// "crayfish" one that says 小龙虾, although neither text has the other word.
type Glossary struct {
	groups   [][]string       // each group's names, normalised
	spaced   [][][]string     // each group's spaced names, as words
	byFirst  map[string][]int // first word of a spaced name → groups naming it
	unspaced []unspacedName   // names in a script written without spaces
}

// unspacedName is a CJK name, found anywhere inside a text (there are no
// word boundaries to look for).
type unspacedName struct {
	name  string
	group int
}

// NewGlossary builds a glossary from groups of names that mean the same
// thing. Names are normalised (Normalize); empty ones are dropped.
func NewGlossary(groups [][]string) *Glossary {
	g := &Glossary{byFirst: map[string][]int{}}
	for _, names := range groups {
		i := len(g.groups)
		var norm []string
		var spaced [][]string
		for _, n := range names {
			n = Normalize(n)
			if n == "" {
				continue
			}
			norm = append(norm, n)
			if strings.IndexFunc(n, isCJK) >= 0 {
				g.unspaced = append(g.unspaced, unspacedName{n, i})
				continue
			}
			spaced = append(spaced, strings.Fields(n))
			first, _, _ := strings.Cut(n, " ")
			g.byFirst[first] = append(g.byFirst[first], i)
		}
		g.groups = append(g.groups, norm)
		g.spaced = append(g.spaced, spaced)
	}
	return g
}

// Aliases returns the names of every thing the texts name, in glossary
// order, as one text to index beside them: "" when they name nothing. A
// spaced name is named when its words appear in a row (the last one may
// take a plural s: "egg tarts" names "egg tart"); a CJK name when it
// appears anywhere.
func (g *Glossary) Aliases(texts ...string) string {
	if g == nil {
		return ""
	}
	hit := map[int]bool{}
	for _, t := range texts {
		g.mark(Normalize(t), hit)
	}
	var out []string
	for _, i := range slices.Sorted(maps.Keys(hit)) { // only groups named
		out = append(out, g.groups[i]...)
	}
	return strings.Join(out, " ")
}

// mark sets hit[i] for every group i named in the normalised text n.
func (g *Glossary) mark(n string, hit map[int]bool) {
	if n == "" {
		return
	}
	words := strings.Fields(n)
	for j, w := range words {
		// A name's first word as written, or without a plural s.
		g.markAt(words[j:], g.byFirst[strings.TrimSuffix(w, "s")], hit)
		g.markAt(words[j:], g.byFirst[w], hit)
	}
	if strings.IndexFunc(n, isCJK) >= 0 {
		for _, u := range g.unspaced {
			if !hit[u.group] && strings.Contains(n, u.name) {
				hit[u.group] = true
			}
		}
	}
}

// markAt sets hit[i] for each group i of groups that one of its spaced
// names starts the words.
func (g *Glossary) markAt(words []string, groups []int, hit map[int]bool) {
	for _, i := range groups {
		if !hit[i] && g.namedAt(words, i) {
			hit[i] = true
		}
	}
}

// namedAt reports whether one of group i's spaced names starts the words
// (its last word may take a plural s).
func (g *Glossary) namedAt(words []string, i int) bool {
	for _, name := range g.spaced[i] {
		if len(name) <= len(words) && slices.Equal(words[:len(name)-1], name[:len(name)-1]) {
			if last := words[len(name)-1]; last == name[len(name)-1] || last == name[len(name)-1]+"s" {
				return true
			}
		}
	}
	return false
}
