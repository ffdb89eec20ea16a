package gen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"lifesim/fixtures"
	"lifesim/model"
)

var groupNames = []string{
	"{District} {Topic} Club", "{City} {Tag} Lovers", "{Item} Fans of {City}", "{District} Neighbours",
	"{Topic} in {City}", "{District} {Tag} Swap", "{City} {Item} Hunters",
}

var groupTopics = []string{
	"Where to find the best {item} in {district}",
	"{topic} in {city}: tips, queues and deals",
	"Neighbours of {district} sharing {tag} finds",
	"Reviews, photos and coupons for {item} lovers",
}

// genGroups makes topic groups about a district, a city, a dish or a topic.
func (g *generator) genGroups() {
	r := newRand(g.seed, streamGroups)
	for i := range g.p.groups {
		d, c, t := districts[districtWeights.pick(r)], &categories[categoryWeights.pick(r)], pick(r, topics)
		it := "offers"
		if len(c.items) > 0 {
			it = pick(r, c.items).en
		}
		tag := pick(r, c.tags)
		lookup := func(key string) string {
			switch key {
			case "District", "district":
				return d.name.en
			case "City", "city":
				return d.city.en
			case "Topic":
				return titleCase(t.en)
			case "topic":
				return capital(t.en)
			case "Tag":
				return titleCase(tag)
			case "tag":
				return tag
			case "Item":
				return titleCase(it)
			}
			return it
		}
		g.groups = append(g.groups, fixtures.GroupRecord{
			ID:      model.GroupID(fmt.Sprintf("gen-g%05d", i+1)),
			Name:    fit(80, fill(pick(r, groupNames), lookup), d.name.en+" Neighbours"),
			Topic:   fill(pick(r, groupTopics), lookup),
			Members: skewed(r, 3000, 1.3),
		})
	}
	g.groupPool = pool(len(g.b.groups), g.p.groups)
}

// genPersonas makes personas living around the districts, with a few
// interests and a returning user's state: mini programs collected and
// used, accounts followed.
func (g *generator) genPersonas() {
	r := newRand(g.seed, streamPersonas)
	for i := range g.p.personas {
		d := districts[districtWeights.pick(r)]
		p := newPerson(r)
		in := distinct(r, interests, between(r, 2, 4))
		g.personas = append(g.personas, fixtures.PersonaRecord{
			ID:          model.PersonaID(fmt.Sprintf("gen-u%05d", i+1)),
			Name:        p.String(),
			Description: fmt.Sprintf("Lives in %s, %s. Into %s.", d.name.en, d.city.en, strings.Join(in, ", ")),
			Location:    near(r, d.lat, d.lng, 0.01),
			Interests:   in,
			Favourites:  g.someMiniPrograms(r, between(r, 0, 6)),
			Recents:     g.someMiniPrograms(r, between(r, 0, 5)),
			Follows:     g.someAccounts(r, between(r, 0, 12)),
		})
	}
}

func (g *generator) someMiniPrograms(r *rand.Rand, n int) []model.MiniProgramID {
	var out []model.MiniProgramID
	for _, m := range distinct(r, g.subjects, n) {
		out = append(out, g.mp(m).ID)
	}
	return out
}

func (g *generator) someAccounts(r *rand.Rand, n int) []model.AccountID {
	var out []model.AccountID
	for range n {
		id := g.account(g.posters[g.posterWeights.pick(r)]).ID
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
