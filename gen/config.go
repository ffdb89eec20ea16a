package gen

import "fmt"

// Config says how big a world to write. Every count is a total that
// includes the built-in world's entities (81 posts, 29 life accounts…); a
// count below the built-in world's writes the built-in ones only. Zero
// counts other than Posts take their default from Posts (Defaults).
type Config struct {
	Posts, Accounts, MiniPrograms, Coupons, Groups, Personas int
	Seed                                                     uint64
}

// Limits on a Config. A million posts is about 600 MB of JSON: more than
// any benchmark needs, and a typo of an extra zero should not fill a disk.
const (
	MaxPosts    = 1_000_000
	MaxCount    = 1_000_000 // accounts, mini programs, coupons, groups
	MaxPersonas = 100_000   // as sim's --personas
)

// The defaults' ratios to Posts, for 100k posts: 10k life accounts, 5k mini
// programs, 20k coupons, 2k groups and 200 personas.
const (
	postsPerAccount     = 10
	postsPerMiniProgram = 20
	postsPerCoupon      = 5
	postsPerGroup       = 50
	postsPerPersona     = 500
)

// The defaults' minimums: a little more than the built-in world, so that a
// small generated world still has generated entities of every kind for its
// posts to point at.
const (
	minAccounts        = 40
	minMiniPrograms    = 35
	minCoupons         = 40
	minGroups          = 10
	minPersonas        = 10
	maxDefaultPersonas = 1000 // more only when asked for: each is seeded with its state
)

// Defaults fills Config's zero counts from Posts: a tenth as many life
// accounts, a twentieth as many mini programs, a fifth as many coupons, a
// fiftieth as many groups, and Posts/500 personas (at least 10, at most
// 1,000), each at least the minimum above.
func Defaults(c Config) Config {
	fill := func(n *int, v int) {
		if *n == 0 {
			*n = v
		}
	}
	fill(&c.Accounts, max(c.Posts/postsPerAccount, minAccounts))
	fill(&c.MiniPrograms, max(c.Posts/postsPerMiniProgram, minMiniPrograms))
	fill(&c.Coupons, max(c.Posts/postsPerCoupon, minCoupons))
	fill(&c.Groups, max(c.Posts/postsPerGroup, minGroups))
	fill(&c.Personas, min(max(c.Posts/postsPerPersona, minPersonas), maxDefaultPersonas))
	return c
}

// Check reports the first count out of range, naming it as the gen
// command's flag does.
func (c Config) Check() error {
	for _, f := range []struct {
		name   string
		n, min int
		max    int
	}{
		{"posts", c.Posts, 1, MaxPosts},
		{"accounts", c.Accounts, 0, MaxCount},
		{"mini-programs", c.MiniPrograms, 0, MaxCount},
		{"coupons", c.Coupons, 0, MaxCount},
		{"groups", c.Groups, 0, MaxCount},
		{"personas", c.Personas, 0, MaxPersonas},
	} {
		if f.n < f.min || f.n > f.max {
			return fmt.Errorf("--%s %d: must be between %d and %d", f.name, f.n, f.min, f.max)
		}
	}
	return nil
}

// plan is how many entities of each kind are generated: the totals asked
// for less what the built-in world has.
type plan struct {
	posts, accounts, miniPrograms, coupons, groups, personas int
}

func newPlan(c Config, b *builtin) plan {
	return plan{
		posts:        max(c.Posts-len(b.posts), 0),
		accounts:     max(c.Accounts-len(b.accounts), 0),
		miniPrograms: max(c.MiniPrograms-len(b.miniPrograms), 0),
		coupons:      max(c.Coupons-len(b.coupons), 0),
		groups:       max(c.Groups-len(b.groups), 0),
		personas:     max(c.Personas-len(b.personas), 0),
	}
}
