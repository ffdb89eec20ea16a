package gen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"lifesim/fixtures"
)

// postWords are the words one post is written with, drawn once so that a
// word used twice (the item in the title and in the body) is the same.
type postWords struct {
	m               *fixtures.MiniProgramRecord
	info            mpInfo
	d               district
	item, item2     fixtures.ServiceRecord
	adj, adj2       string
	topic           pair
	street          string
	n, q            int
	weekday, month  string
	companion       string
	verdict, manner string
	place, landmark string
	clock, hour     string
	closing         string
	person, street2 string
	weather         string
	province        string
	ingredients     []string
}

func (g *generator) newPostWords(r *rand.Rand, acc *fixtures.AccountRecord, m int) *postWords {
	info := g.mpInfo[m]
	w := &postWords{
		m: g.mp(m), info: info, d: districts[info.district],
		topic: pick(r, topics), n: between(r, 2, 9), q: 5 * between(r, 1, 12),
		weekday: pick(r, weekdays), month: pick(r, months), companion: pick(r, companions),
		verdict: pick(r, verdicts), manner: pick(r, manners), place: pick(r, places),
		landmark: pick(r, landmarks), clock: pick(r, clocks), hour: pick(r, hours), closing: pick(r, closings),
	}
	paid := paidServices(w.m.Services)
	w.item, w.item2 = pick(r, paid), pick(r, paid)
	if len(paid) > 1 {
		two := distinct(r, paid, 2)
		w.item, w.item2 = two[0], two[1]
	}
	w.person, w.street2 = twoSyllables(r), street(r)
	w.weather, w.province, w.ingredients = pick(r, weathers), pick(r, provinces), distinct(r, ingredients, 2)
	adjs := distinct(r, info.cat.praise, 2)
	w.adj, w.adj2 = adjs[0], adjs[len(adjs)-1]
	w.street = info.street
	if w.street == "" || acc.Kind == "creator" && chance(r, 0.5) {
		w.street = street(r)
	}
	return w
}

func paidServices(list []fixtures.ServiceRecord) []fixtures.ServiceRecord {
	var out []fixtures.ServiceRecord
	for _, s := range list {
		if s.PriceCents > 0 {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return list
	}
	return out
}

// word is the text for a {key} of a template.
func (w *postWords) word(key string) string {
	switch key {
	case "Item":
		return w.item.Name
	case "Item2":
		return w.item2.Name
	case "brand":
		return w.m.Name
	case "adj":
		return w.adj
	case "Adj":
		return capital(w.adj)
	case "adj2":
		return w.adj2
	case "price":
		if w.item.PriceCents == 0 {
			return "free"
		}
		return fmt.Sprintf("¥%d", max(w.item.PriceCents/100, 1))
	case "verb":
		return w.action()
	case "verbed":
		return w.info.cat.verb
	case "topic":
		return w.topic.en
	case "Topic":
		return capital(w.topic.en)
	case "n":
		return itoa(w.n)
	case "q":
		return itoa(w.q)
	}
	return w.placeWord(key)
}

func (w *postWords) placeWord(key string) string {
	switch key {
	case "district":
		return w.d.name.en
	case "city":
		return w.d.city.en
	case "street":
		return w.street
	case "landmark":
		return w.landmark
	case "street2":
		return w.street2
	case "province":
		return w.province
	case "person":
		return w.person
	case "ingredient":
		return w.ingredients[0]
	case "ingredient2":
		return w.ingredients[1]
	}
	return w.timeWord(key)
}

func (w *postWords) timeWord(key string) string {
	switch key {
	case "weekday":
		return w.weekday
	case "Month":
		return w.month
	case "clock":
		return w.clock
	case "hour":
		return w.hour
	case "closing":
		return w.closing
	case "companion":
		return w.companion
	case "verdict":
		return w.verdict
	case "manner":
		return w.manner
	case "place":
		return w.place
	case "weather":
		return w.weather
	}
	panic("gen: no word for {" + key + "}")
}

// action is what a service link says: Order, Book, Buy or Open.
func (w *postWords) action() string {
	switch w.info.cat.verb {
	case "ordered":
		return "Order"
	case "bought":
		return "Buy"
	case "used":
		return "Open"
	}
	return "Book"
}

// tags are one to five of: the category's tags, the item, the topic and
// the district, lower case as tags are written.
func (w *postWords) tags(r *rand.Rand) []string {
	cands := append(distinct(r, w.info.cat.tags, 2), strings.ToLower(w.item.Name), w.topic.en)
	if chance(r, 0.3) {
		cands = append(cands, strings.ToLower(w.d.name.en))
	}
	out := distinct(r, unique(cands), between(r, 1, 5))
	for i, t := range out {
		out[i] = fit(80, t)
	}
	return out
}

// unique is list without repeats, in order.
func unique(list []string) []string {
	var out []string
	for _, s := range list {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
