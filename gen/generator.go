package gen

import (
	"math"
	"time"

	"lifesim/fixtures"
)

// generator holds a world being generated: the built-in world it starts
// from and the generated entities, all but the posts, which are written
// as they are made (posts.go). Entities of a kind are numbered built-in
// first, then generated: mini program i is b.miniPrograms[i] below
// len(b.miniPrograms) and g.miniPrograms[i-len(b.miniPrograms)] above.
type generator struct {
	b     *builtin
	p     plan
	seed  uint64
	epoch time.Time
	names nameBook

	entities // the generated ones

	mpInfo []mpInfo // by mini program number
	// What generated entities point at: the generated ones, or the
	// built-in ones when none of a kind is generated.
	subjects, posters, groupPool []int
	reviewed                     []int // the subjects creators write about: not offices
	posterWeights                weighted
	pictures                     pictureBook
}

// mpInfo is what texts say about a mini program besides its record.
type mpInfo struct {
	cat      *category
	district int
	street   string
	coupons  []int // coupon numbers
}

func newGenerator(b *builtin, c Config) *generator {
	return &generator{b: b, p: newPlan(c, b), seed: c.Seed, epoch: b.epoch, names: nameBook{}}
}

// build generates everything but the posts, in a fixed order.
func (g *generator) build() error {
	pics, err := newPictureBook(g.b)
	if err != nil {
		return err
	}
	g.pictures = pics
	g.vocabularyAliases()
	g.genMiniPrograms()
	g.genCoupons()
	g.genAccounts()
	g.genGroups()
	g.genPersonas()
	return nil
}

func (g *generator) mp(i int) *fixtures.MiniProgramRecord {
	return nth(g.b.miniPrograms, g.miniPrograms, i)
}

func (g *generator) account(i int) *fixtures.AccountRecord {
	return nth(g.b.accounts, g.accounts, i)
}

func (g *generator) coupon(i int) *fixtures.CouponRecord { return nth(g.b.coupons, g.coupons, i) }

func (g *generator) group(i int) *fixtures.GroupRecord { return nth(g.b.groups, g.groups, i) }

// nth is entity i of a kind numbered built-in first, then generated.
func nth[T any](builtin, generated []T, i int) *T {
	if n := len(builtin); i >= n {
		return &generated[i-n]
	}
	return &builtin[i]
}

// pool is the numbers of the generated entities of a kind, or of all of
// them when none is generated.
func pool(builtin, generated int) []int {
	lo := builtin
	if generated == 0 {
		lo = 0
	}
	out := make([]int, 0, builtin+generated-lo)
	for i := lo; i < builtin+generated; i++ {
		out = append(out, i)
	}
	return out
}

// builtinInfo guesses what texts can say about a built-in mini program:
// its category by name (or food), the district nearest its first store.
func builtinInfo(m fixtures.MiniProgramRecord) mpInfo {
	info := mpInfo{cat: &categories[0]}
	for i := range categories {
		if categories[i].name == m.Category {
			info.cat = &categories[i]
		}
	}
	if len(m.Stores) > 0 {
		loc := m.Stores[0].Location
		best := math.Inf(1)
		for i, d := range districts {
			if dist := math.Hypot(d.lat-loc.Lat, d.lng-loc.Lng); dist < best {
				best, info.district = dist, i
			}
		}
	}
	return info
}

// fansWeight is how often an account posts: more with more fans, but
// less than in proportion, so that small accounts are not silent.
func fansWeight(a *fixtures.AccountRecord) float64 {
	return math.Sqrt(float64(max(a.Fans, 1)))
}
