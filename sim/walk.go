package sim

import (
	"errors"
	"math/rand/v2"
	"slices"
	"time"

	"lifesim/model"
	"lifesim/store"
)

// walker is one synthetic persona.
type walker struct {
	st       store.Store
	w        model.World
	id       model.PersonaID
	persona  model.Persona
	queries  []string
	rng      *rand.Rand
	variants model.Assignment

	actor  model.Actor // the current session; At advances with each step
	writes int
}

// Behaviour probabilities. The arms of the experiments shift them the way
// a researcher would expect the change to work, so the per-arm funnels
// differ visibly.
const (
	pRevisit          = 0.6  // open a favourite in a later session
	pSearchFirst      = 0.6  // first session searches
	pSearchLater      = 0.35 // later sessions search
	pOpenFromSearch   = 0.65
	pCollectGuided    = 0.45 // the guidance tip is on screen
	pCollectUnguided  = 0.15
	pOrder            = 0.3
	pCollectAfterPay  = 0.2 // the payment-success collect prompt (guidance on)
	pClaimNearby      = 0.35
	pOpenNearby       = 0.15
	pLifeTab          = 0.5 // Life in the tab bar
	pLifeMessages     = 0.2 // Life one level down under Messages
	pLikeRecommended  = 0.35
	pLikeChronologic  = 0.2
	pOpenPostFromFeed = 0.3
)

func (p *walker) chance(prob float64) bool { return p.rng.Float64() < prob }

// step advances the session clock by a few seconds (reading, tapping).
func (p *walker) step() model.Actor {
	p.actor.At = p.actor.At.Add(time.Duration(3+p.rng.IntN(40)) * time.Second)
	p.writes++
	return p.actor
}

func (p *walker) record(kind model.EventKind, target string, src model.Source, detail string, value int64) error {
	e := model.NewEvent(p.step(), kind, target, src, detail)
	e.Value = value
	return p.st.RecordEvent(e)
}

func (p *walker) expose(key string) error {
	_, err := p.st.Expose(p.step(), key)
	return err
}

// session is one run of the app.
func (p *walker) session(id string, start time.Time, n int) error {
	p.actor = model.Actor{Persona: p.id, Session: id, At: start, Variants: p.variants}
	if err := p.record(model.EventAppStart, string(p.id), "", "sim", 0); err != nil {
		return err
	}
	if err := p.expose(model.ExpLifeEntry); err != nil {
		return err
	}
	if n > 0 {
		if err := p.revisit(); err != nil {
			return err
		}
	}
	pSearch := pSearchFirst
	if n > 0 {
		pSearch = pSearchLater
	}
	if p.chance(pSearch) {
		if err := p.search(); err != nil {
			return err
		}
	}
	if err := p.life(); err != nil {
		return err
	}
	return p.record(model.EventAppStop, string(p.id), "", "sim", 0)
}

// revisit opens one of the persona's favourites from the Home grid or My
// Mini Programs.
func (p *walker) revisit() error {
	st, err := p.st.State(p.id)
	if err != nil || len(st.Favourites) == 0 || !p.chance(pRevisit) {
		return err
	}
	id := st.Favourites[p.rng.IntN(len(st.Favourites))]
	src := model.SourceHomeGrid
	if p.chance(0.3) {
		src = model.SourceMyMiniPrograms
	}
	_, err = p.st.OpenMiniProgram(p.step(), id, src)
	return err
}

// search types a query, reads the results and may open the first mini
// program among them.
func (p *walker) search() error {
	q := p.queries[p.rng.IntN(len(p.queries))]
	rs, err := p.st.Search(q, 5)
	if err != nil {
		return err
	}
	if err := p.record(model.EventSearch, "", model.SourceSearch, q, int64(len(rs))); err != nil {
		return err
	}
	i := slices.IndexFunc(rs, func(r model.SearchResult) bool { return r.Kind == model.ResultMiniProgram })
	if i < 0 || !p.chance(pOpenFromSearch) {
		return nil
	}
	return p.miniProgram(model.MiniProgramID(rs[i].ID), model.SourceSearch)
}

// miniProgram opens a mini program page: the guidance tip (by the UI's
// rule, model.MiniProgramGuidance), collecting, and perhaps an order.
func (p *walker) miniProgram(id model.MiniProgramID, src model.Source) error {
	st, err := p.st.OpenMiniProgram(p.step(), id, src)
	if err != nil {
		return err
	}
	g := model.MiniProgramGuidance(st, id, p.variants)
	if err := p.guide(g, id); err != nil {
		return err
	}
	if err := p.collect(g, id, src); err != nil {
		return err
	}
	if p.chance(pOrder) {
		return p.order(id)
	}
	return nil
}

// guide records what the page view's collection guidance does, in the
// UI's order: the exposure, then the tip marked seen.
func (p *walker) guide(g model.CollectGuidance, id model.MiniProgramID) error {
	if g.Exposes() {
		if err := p.expose(model.ExpCollectGuidance); err != nil {
			return err
		}
	}
	if g.MarksSeen() {
		return p.st.MarkGuidanceSeen(p.step(), id)
	}
	return nil
}

// collect may collect the mini program: from the tip while it shows (more
// likely), or from the capsule. Leaving with the tip up dismisses it. src
// is where the page was opened from, which the collect carries.
func (p *walker) collect(g model.CollectGuidance, id model.MiniProgramID, src model.Source) error {
	var err error
	switch {
	case g.Collected:
	case g.Shows() && p.chance(pCollectGuided):
		_, err = p.st.CollectFromGuidance(p.step(), id, src)
	case g.Shows():
		err = p.st.DismissGuidance(p.step(), id)
	case p.chance(pCollectUnguided):
		_, err = p.st.ToggleFavourite(p.step(), id, src)
	}
	return err
}

// order buys the mini program's first service and reacts to the payment
// success page: its collect prompt (model.PaySuccessGuidance) and, with
// pay_success_coupons on, the nearby offers.
func (p *walker) order(id model.MiniProgramID) error {
	mp, err := p.st.MiniProgram(id)
	if err != nil || len(mp.Services) == 0 {
		return err
	}
	o := model.Order{MiniProgramID: id, Lines: []model.OrderLine{{ServiceID: mp.Services[0].ID, Qty: 1}}}
	if _, err := p.st.PlaceOrder(p.step(), o, ""); err != nil {
		return err
	}
	st, err := p.st.State(p.id)
	if err != nil {
		return err
	}
	if err := p.expose(model.ExpPaySuccessCoupons); err != nil {
		return err
	}
	g := model.PaySuccessGuidance(st, id, p.variants)
	if g.Exposes() {
		if err := p.expose(model.ExpCollectGuidance); err != nil {
			return err
		}
	}
	if g.Shows() && p.chance(pCollectAfterPay) {
		if _, err := p.st.ToggleFavourite(p.step(), id, model.SourcePaySuccess); err != nil {
			return err
		}
	}
	if !p.variants.NearbyCouponsOn() {
		return nil
	}
	return p.nearby()
}

// nearby may claim one of the payment-success page's nearby offers and
// open its mini program.
func (p *walker) nearby() error {
	near, err := p.st.NearbyCoupons(p.persona.Location, p.w.Settings.NearbyRadiusMetres, p.actor.At)
	if err != nil || len(near) == 0 {
		return err
	}
	n := near[p.rng.IntN(len(near))]
	if p.chance(pClaimNearby) {
		_, err := p.st.ClaimCoupon(p.step(), n.Coupon.ID, model.SourcePaySuccess)
		if err != nil && !errors.Is(err, store.ErrAlreadyClaimed) && !errors.Is(err, store.ErrExpired) {
			return err
		}
	}
	if p.chance(pOpenNearby) {
		_, err := p.st.OpenMiniProgram(p.step(), n.MiniProgram.ID, model.SourcePaySuccess)
		return err
	}
	return nil
}

// life visits the Life feed (from the tab bar, or under Messages), may
// like a post and open one.
func (p *walker) life() error {
	prob, kind, src, target := pLifeTab, model.EventTab, model.Source(""), "life"
	if p.variants.LifeUnderMessages() {
		prob, kind, src = pLifeMessages, model.EventOpenLife, model.SourceMessages
	}
	if !p.chance(prob) {
		return nil
	}
	if err := p.record(kind, target, src, "", 0); err != nil {
		return err
	}
	if err := p.expose(model.ExpFeedRanking); err != nil {
		return err
	}
	read, like := p.st.Recommended, pLikeRecommended
	if p.variants.FeedNewestFirst() {
		read, like = p.st.Latest, pLikeChronologic
	}
	page, err := read(p.id, "", 10)
	if err != nil || len(page.Items) == 0 {
		return err
	}
	post := page.Items[p.rng.IntN(len(page.Items))]
	if p.chance(pOpenPostFromFeed) {
		if err := p.st.OpenedPost(p.step(), post.ID, model.SourceFeed); err != nil {
			return err
		}
	}
	if p.chance(like) {
		st, err := p.st.State(p.id)
		if err != nil || st.Liked(post.ID) {
			return err
		}
		_, _, err = p.st.ToggleLike(p.step(), post.ID)
		return err
	}
	return nil
}
