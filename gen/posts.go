package gen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"lifesim/fixtures"
	"lifesim/model"
)

// postSpread is how far before the epoch posts go: half a year, most of
// them recent.
const postSpread = 180 * 24 * time.Hour

// writePosts writes posts.json: the built-in posts, then each generated
// post as it is made.
func (g *generator) writePosts(path string) error {
	a, err := createArray(path)
	if err != nil {
		return err
	}
	for _, e := range g.b.entries[fixtures.FilePosts] {
		a.raw(e)
	}
	r := newRand(g.seed, streamPosts)
	mpByID := make(map[model.MiniProgramID]int, len(g.mpInfo))
	for i := range g.mpInfo {
		mpByID[g.mp(i).ID] = i
	}
	for i := range g.p.posts {
		p := g.post(r, i, mpByID)
		a.add(&p)
	}
	return a.close()
}

// post makes generated post i: by an account picked by its fans, about
// its own mini program or, for a creator, one it reviews.
func (g *generator) post(r *rand.Rand, i int, mpByID map[model.MiniProgramID]int) fixtures.PostRecord {
	acc := g.account(g.posters[g.posterWeights.pick(r)])
	m := -1
	if len(acc.MiniPrograms) > 0 {
		m = mpByID[acc.MiniPrograms[0]]
	}
	if m < 0 || acc.Kind == model.KindCreator {
		m = g.reviewed[r.IntN(len(g.reviewed))]
	}
	w := g.newPostWords(r, acc, m)
	titles, sentences := brandTitles, brandSentences
	switch {
	case acc.Kind == model.KindCreator:
		titles, sentences = creatorTitles, creatorSentences
	case w.info.cat.kind == model.KindGovernment:
		titles, sentences = officeTitles, officeSentences
	}
	p := fixtures.PostRecord{
		ID:          model.PostID(fmt.Sprintf("gen-p%06d", i+1)),
		AccountID:   acc.ID,
		Title:       fit(fixtures.MaxNameRunes, fill(pick(r, titles), w.word), w.item.Name),
		Body:        w.body(r, sentences),
		PublishedAt: g.published(r),
		Tags:        w.tags(r),
		Components:  g.components(r, acc, w),
		Counts:      counts(r, acc.Fans),
	}
	g.media(r, &p, w)
	return p
}

func (w *postWords) body(r *rand.Rand, sentences []string) string {
	picked := distinct(r, sentences, between(r, 2, 4))
	for i, s := range picked {
		picked[i] = capital(fill(s, w.word))
	}
	return strings.Join(picked, " ")
}

// published is a minute in the half year before the epoch, most often a
// recent one.
func (g *generator) published(r *rand.Rand) time.Time {
	age := time.Duration(math.Pow(r.Float64(), 1.6)*float64(postSpread)) + 5*time.Minute
	return g.epoch.Add(-age).Truncate(time.Minute).In(cst)
}

// counts are skewed and grow with the account's fans.
func counts(r *rand.Rand, fans int64) fixtures.CountsRecord {
	likes := skewed(r, max(float64(fans)*0.004, 5), 1.0)
	share := func(lo, hi float64) int64 { return int64(float64(likes) * (lo + (hi-lo)*r.Float64())) }
	return fixtures.CountsRecord{Likes: likes, Comments: share(0.02, 0.1), Collects: share(0.05, 0.3), Forwards: share(0.01, 0.12)}
}

// components link the post to its mini program's service, one of its
// coupons and a group, more often for a business than for a creator.
func (g *generator) components(r *rand.Rand, acc *fixtures.AccountRecord, w *postWords) []fixtures.ComponentRecord {
	service, coupon, group := 0.8, 0.35, 0.15
	if acc.Kind == model.KindCreator {
		service, coupon, group = 0.5, 0.2, 0.25
	}
	var out []fixtures.ComponentRecord
	if chance(r, service) {
		out = append(out, fixtures.ComponentRecord{
			Kind: model.ComponentService, Label: fit(fixtures.MaxNameRunes, w.action()+": "+w.item.Name, w.action()),
			MiniProgramID: w.m.ID, ServiceID: w.item.ID,
		})
	}
	if len(w.info.coupons) > 0 && chance(r, coupon) {
		c := g.coupon(pick(r, w.info.coupons))
		out = append(out, fixtures.ComponentRecord{Kind: model.ComponentCoupon, Label: fit(fixtures.MaxNameRunes, "Claim "+c.Title, "Claim a coupon"), CouponID: c.ID})
	}
	if len(g.groupPool) > 0 && chance(r, group) {
		gr := g.group(pick(r, g.groupPool))
		out = append(out, fixtures.ComponentRecord{Kind: model.ComponentGroup, Label: fit(fixtures.MaxNameRunes, "Join "+gr.Name, "Join the group"), GroupID: gr.ID})
	}
	return out
}

// media gives the post its kind and what it shows: mostly a picture, a
// fifth of them a video, one in ten a live stream with a script.
func (g *generator) media(r *rand.Rand, p *fixtures.PostRecord, w *postWords) {
	set := g.pictures.forCategory(w.info.cat.name)
	switch x := r.IntN(100); {
	case x < 20:
		v := pick(r, set.videos)
		p.Kind, p.Frames, p.ImageAlt = model.PostVideo, v.frames, v.alt
		p.DurationSec = max(v.duration, 10) * between(r, 60, 140) / 100
	case x < 30:
		c := pick(r, set.lives)
		p.Kind, p.Image, p.ImageAlt = model.PostLive, c.image, c.alt
		p.Viewers = skewed(r, 2000, 1.2)
		p.LiveScript = w.liveScript(r)
	default:
		p.Kind = model.PostImageText
		if chance(r, 0.85) {
			c := pick(r, set.images)
			p.Image, p.ImageAlt = c.image, c.alt
		}
	}
}

func (w *postWords) liveScript(r *rand.Rand) []fixtures.LiveLineRecord {
	out := make([]fixtures.LiveLineRecord, between(r, 4, 8))
	at := 0
	for i := range out {
		author := newPerson(r).given
		if chance(r, 0.3) {
			author = pick(r, []string{"Xiao ", "Lao ", "Big "}) + pick(r, surnames)
		}
		out[i] = fixtures.LiveLineRecord{AfterSec: at, Author: author, Text: fit(fixtures.MaxLiveLineRunes, capital(fill(pick(r, liveLines), w.word)))}
		at += between(r, 2, 12)
	}
	return out
}
