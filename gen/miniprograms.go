package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"lifesim/fixtures"
	"lifesim/model"
)

var (
	districtWeights = newWeighted(len(districts), func(i int) float64 { return float64(districts[i].weight) })
	categoryWeights = newWeighted(len(categories), func(i int) float64 { return float64(categories[i].weight) })
)

// genMiniPrograms makes each generated mini program with its merchant (a
// brand of its own, whose names become an alias group) and the
// information texts use; mini program i's life account, if it has one, is
// generated account i.
func (g *generator) genMiniPrograms() {
	r := newRand(g.seed, streamMiniPrograms)
	for _, m := range g.b.miniPrograms {
		g.mpInfo = append(g.mpInfo, builtinInfo(m))
	}
	for i := range g.p.miniPrograms {
		d := districtWeights.pick(r)
		c := &categories[categoryWeights.pick(r)]
		if i < len(categories) {
			c = &categories[i] // every category, however small the world
		}
		brand := g.names.brandName(r, c, districts[d])
		info := mpInfo{cat: c, district: d, street: street(r)}
		merchant := fixtures.MerchantRecord{ID: model.MerchantID(fmt.Sprintf("gen-b%05d", i+1)), Name: brand.en + " Ltd."}
		m := g.miniProgram(r, i, brand.en, info)
		m.MerchantID = merchant.ID
		if i < g.p.accounts {
			m.AccountID = generatedAccountID(i)
		}
		g.merchants = append(g.merchants, merchant)
		g.miniPrograms = append(g.miniPrograms, m)
		g.mpInfo = append(g.mpInfo, info)
		g.aliases = append(g.aliases, fixtures.AliasRecord{Names: []string{brand.en, brand.zh}})
	}
	g.subjects = pool(len(g.b.miniPrograms), g.p.miniPrograms)
	for _, m := range g.subjects {
		if g.mpInfo[m].cat.kind != model.KindGovernment {
			g.reviewed = append(g.reviewed, m)
		}
	}
	if len(g.reviewed) == 0 {
		g.reviewed = g.subjects
	}
}

func generatedAccountID(i int) model.AccountID { return model.AccountID(fmt.Sprintf("gen-a%05d", i+1)) }

func (g *generator) miniProgram(r *rand.Rand, i int, brand string, info mpInfo) fixtures.MiniProgramRecord {
	c, d := info.cat, districts[info.district]
	m := fixtures.MiniProgramRecord{
		ID:       model.MiniProgramID(fmt.Sprintf("gen-m%05d", i+1)),
		Name:     brand,
		Category: c.name,
		Icon:     pick(r, c.icons),
		Services: services(r, c, d),
	}
	m.Stores = stores(r, string(m.ID), brand, info)
	paid := paidNames(m.Services)
	lookup := func(key string) string {
		switch key {
		case "brand":
			return brand
		case "items":
			return listed(paid)
		case "district":
			return d.name.en
		case "city":
			return d.city.en
		case "stores":
			return plural(len(m.Stores), "store", "stores")
		}
		return pick(r, c.tags)
	}
	m.Description = fill(pick(r, mpDescriptions), lookup)
	if chance(r, 0.6) {
		m.GuidanceTip = fill(pick(r, guidanceTips), lookup)
	}
	m.Keywords = keywords(r, paid, c, d)
	return m
}

var mpDescriptions = []string{
	"{brand}: {items}, from {stores} around {district}, {city}.",
	"Order ahead at {brand} and skip the queue: {items}.",
	"{items}. Book or order from {brand} in {district} without waiting.",
	"The {brand} mini program: {items}, member prices and {tag} news.",
}

var guidanceTips = []string{
	"Add {brand} to My Mini Programs: your next order is one tap away.",
	"Save {brand} to My Mini Programs to find it again in {district}.",
	"Collect {brand} now and come back to it from Home.",
}

// services are two to six of the category's items, priced around their
// usual price, and sometimes a free booking; a category selling nothing
// (an office) has only free services.
func services(r *rand.Rand, c *category, d district) []fixtures.ServiceRecord {
	var out []fixtures.ServiceRecord
	for _, it := range distinct(r, c.items, between(r, 2, 6)) {
		name := titleCase(it.en)
		s := fixtures.ServiceRecord{ID: slug(it.en), Name: name, PriceCents: max(100, it.cents*int64(between(r, 80, 130))/100/100*100)}
		if chance(r, 0.4) {
			s.Description = fmt.Sprintf("%s %s, as made in %s.", capital(pick(r, c.praise)), it.en, d.name.en)
		}
		out = append(out, s)
	}
	if len(out) == 0 || chance(r, 0.3) {
		for _, name := range distinct(r, c.free, max(1, 2-len(out))) {
			out = append(out, fixtures.ServiceRecord{ID: slug(name), Name: name})
		}
	}
	return out
}

// stores are one to four outlets on streets of the mini program's
// district, within a kilometre or two of its centre.
func stores(r *rand.Rand, id, brand string, info mpInfo) []fixtures.StoreRecord {
	d := districts[info.district]
	n := 1 + min(r.IntN(4), r.IntN(4))
	out := make([]fixtures.StoreRecord, n)
	for k := range out {
		st := info.street
		if k > 0 {
			st = street(r)
		}
		out[k] = fixtures.StoreRecord{
			ID:       fmt.Sprintf("%s-s%d", id, k+1),
			Name:     fit(80, brand+" ("+st+")", brand),
			Location: near(r, d.lat, d.lng, 0.01),
		}
	}
	return out
}

// keywords are two of its services, lower case, a tag of its category
// and its district.
func keywords(r *rand.Rand, services []string, c *category, d district) []string {
	var out []string
	for _, s := range distinct(r, services, 2) {
		out = append(out, strings.ToLower(s))
	}
	return append(out, pick(r, c.tags), d.name.en)
}

func paidNames(list []fixtures.ServiceRecord) []string {
	var out []string
	for _, s := range list {
		if s.PriceCents > 0 {
			out = append(out, s.Name)
		}
	}
	if len(out) == 0 {
		for _, s := range list {
			out = append(out, s.Name)
		}
	}
	return out
}

// listed is "a, b and c" of the first three.
func listed(names []string) string {
	names = names[:min(len(names), 3)]
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	out := names[0]
	for _, n := range names[1 : len(names)-1] {
		out += ", " + n
	}
	return out + " and " + names[len(names)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "one " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
