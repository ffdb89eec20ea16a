package gen

import "lifesim/fixtures"

// vocabularyAliases adds the alias groups of the word lists: every dish,
// drink and other item with a Chinese name, the districts and cities, the
// topics. The built-in world's names come first and win: a word it already
// has an alias for (Shanghai, hot pot) is left to it.
func (g *generator) vocabularyAliases() {
	for _, a := range g.b.aliases {
		for _, n := range a.Names {
			g.names.claim(n)
		}
	}
	add := func(p pair) {
		if p.zh != "" && g.names.claim(p.en, p.zh) {
			g.aliases = append(g.aliases, fixtures.AliasRecord{Names: []string{p.en, p.zh}})
		}
	}
	for _, c := range categories {
		for _, it := range c.items {
			add(pair{it.en, it.zh})
		}
	}
	for _, d := range districts {
		add(d.name)
		add(d.city)
	}
	for _, t := range topics {
		add(t)
	}
}
