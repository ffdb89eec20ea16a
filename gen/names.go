package gen

import (
	"fmt"
	"math/rand/v2"

	"lifesim/model"
)

// nameBook is every name search knows another name of, as search compares
// them (model.Normalize): aliases.json allows each in one group only, so a
// generated brand may not reuse a built-in alias, a dish or another brand.
type nameBook map[string]bool

// claim records names and reports true if none was taken; if one was,
// nothing is recorded.
func (b nameBook) claim(names ...string) bool {
	for _, n := range names {
		if b[model.Normalize(n)] {
			return false
		}
	}
	for _, n := range names {
		b[model.Normalize(n)] = true
	}
	return true
}

// brandName composes a new brand of category c in district d: prefix,
// core and type, or for a government office the district and the office.
// When the composed names run out, a branch number tells them apart.
func (b nameBook) brandName(r *rand.Rand, c *category, d district) pair {
	var p pair
	for range 40 {
		t := pick(r, c.types)
		if c.kind == model.KindGovernment {
			p = pair{d.name.en + " " + t.en, d.name.zh + t.zh}
		} else {
			pre, core := pick(r, brandPrefixes), pick(r, brandCores)
			p = pair{pre.en + " " + core.en + " " + t.en, pre.zh + core.zh + t.zh}
		}
		if b.claim(p.en, p.zh) {
			return p
		}
	}
	for k := 2; ; k++ {
		q := pair{fmt.Sprintf("%s No. %d", p.en, k), fmt.Sprintf("%s%d号店", p.zh, k)}
		if b.claim(q.en, q.zh) {
			return q
		}
	}
}

// twoSyllables is a pinyin word: a given name or a street's name.
func twoSyllables(r *rand.Rand) string {
	return capital(pick(r, syllables)) + pick(r, syllables)
}

func street(r *rand.Rand) string {
	return twoSyllables(r) + " " + pick(r, streetKinds)
}

// person is a name as Chinese people write theirs in English, family name
// first: "Lin Yiran".
type person struct{ surname, given string }

func newPerson(r *rand.Rand) person {
	return person{pick(r, surnames), twoSyllables(r)}
}

func (p person) String() string { return p.surname + " " + p.given }
