package gen

import (
	"math/rand/v2"

	"lifesim/fixtures"
	"lifesim/model"
)

// genAccounts makes the life accounts: generated account i is bound to
// generated mini program i while there are mini programs, and of its
// kind (brand, life service, tool, government); the rest are creators
// who post about other accounts' mini programs.
func (g *generator) genAccounts() {
	r := newRand(g.seed, streamAccounts)
	nb := len(g.b.miniPrograms)
	for i := range g.p.accounts {
		var a fixtures.AccountRecord
		if i < g.p.miniPrograms {
			a = g.boundAccount(r, nb+i)
		} else {
			a = g.creator(r)
		}
		a.ID = generatedAccountID(i)
		g.accounts = append(g.accounts, a)
	}
	g.posters = pool(len(g.b.accounts), g.p.accounts)
	g.posterWeights = newWeighted(len(g.posters), func(i int) float64 { return fansWeight(g.account(g.posters[i])) })
}

// fansMedian is a typical account's fans by kind.
var fansMedian = map[model.AccountKind]float64{
	model.KindBrand: 20000, model.KindLifeService: 4000, model.KindTool: 60000,
	model.KindGovernment: 90000, model.KindCreator: 6000,
}

var bios = map[model.AccountKind][]string{
	model.KindBrand: {
		"The official {brand} life account: {items}, coupons and news from {district}.",
		"{brand} since {year}. {items}, and a deal every week.",
	},
	model.KindLifeService: {
		"{brand} in {district}: {items}. Book in the mini program.",
		"Trusted by {city} neighbours since {year}: {items}.",
	},
	model.KindTool:       {"{brand}: {items} around {city}, in two taps."},
	model.KindGovernment: {"Official services of {brand}: {items}, and notices for residents of {district}."},
	model.KindCreator: {
		"{district} local. I write about {topic} and {topic2}, and I pay for every meal.",
		"{topic} and {topic2} in {city}, one honest review at a time.",
		"Weekends in {city}: {topic}, {topic2} and where to park.",
	},
}

func (g *generator) boundAccount(r *rand.Rand, mp int) fixtures.AccountRecord {
	m, info := g.mp(mp), g.mpInfo[mp]
	c, d := info.cat, districts[info.district]
	a := fixtures.AccountRecord{
		Name:         m.Name,
		Kind:         c.kind,
		MerchantID:   m.MerchantID,
		Fans:         skewed(r, fansMedian[c.kind], 1.5),
		MiniPrograms: []model.MiniProgramID{m.ID},
		Keywords:     append(distinct(r, c.tags, 2), d.name.en),
	}
	for _, k := range info.coupons[:min(len(info.coupons), 4)] {
		a.CouponWindow = append(a.CouponWindow, g.coupon(k).ID)
	}
	a.Bio = fill(pick(r, bios[c.kind]), func(key string) string {
		switch key {
		case "brand":
			return m.Name
		case "items":
			return listed(paidNames(m.Services))
		case "year":
			return itoa(between(r, 1988, 2024))
		}
		return placeWord(key, d)
	})
	return a
}

func (g *generator) creator(r *rand.Rand) fixtures.AccountRecord {
	p, d := newPerson(r), districts[districtWeights.pick(r)]
	ts := distinct(r, topics, 2)
	lookup := func(key string) string {
		switch key {
		case "given":
			return p.given
		case "surname":
			return p.surname
		case "Topic":
			return titleCase(ts[0].en)
		case "topic":
			return ts[0].en
		case "topic2":
			return ts[1].en
		}
		return placeWord(key, d)
	}
	return fixtures.AccountRecord{
		Name:     fit(80, fill(pick(r, creatorStyles), lookup), p.String()),
		Kind:     model.KindCreator,
		Bio:      capital(fill(pick(r, bios[model.KindCreator]), lookup)),
		Fans:     skewed(r, fansMedian[model.KindCreator], 1.7),
		Keywords: []string{ts[0].en, ts[1].en, d.city.en},
	}
}

// placeWord fills {district} and {city}.
func placeWord(key string, d district) string {
	if key == "city" {
		return d.city.en
	}
	return d.name.en
}
