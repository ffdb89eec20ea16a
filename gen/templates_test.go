package gen

import (
	"strings"
	"testing"
)

// Every template of a post fills without a key left over: a key postWords
// does not know panics, and a rare template (an office's) might not be
// drawn by the other tests' worlds.
func TestEveryPostTemplateFills(t *testing.T) {
	b, err := loadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(b, Defaults(Config{Posts: 200, Seed: 1}))
	if err := g.build(); err != nil {
		t.Fatal(err)
	}
	r := newRand(1, 99)
	w := g.newPostWords(r, g.account(g.posters[0]), g.subjects[0])
	for _, set := range [][]string{
		brandTitles, brandSentences, creatorTitles, creatorSentences, officeTitles, officeSentences, liveLines,
	} {
		for _, tmpl := range set {
			if got := fill(tmpl, w.word); strings.ContainsAny(got, "{}") || got == "" {
				t.Errorf("%q fills as %q", tmpl, got)
			}
		}
	}
}
