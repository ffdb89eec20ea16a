package model

import (
	"strings"
	"time"
)

// The merchant's side of the chain: what a life account's operator sees of
// its private domain (followers, collects, revisits, orders, coupons, its
// posts' reach and its own funnel), read from the event log by
// MerchantFold, and what the operator writes (merchant_draft.go).

// MerchantPersona is the persona id the operator of a life account acts
// as in the event log ("@new-hope-dairy"). It is never a fixture persona:
// persona ids cannot start with "@".
func MerchantPersona(acc AccountID) PersonaID { return PersonaID("@" + string(acc)) }

// MerchantAccount is the account whose operator p is, and whether p is an
// operator at all.
func (p PersonaID) MerchantAccount() (AccountID, bool) {
	s, ok := strings.CutPrefix(string(p), "@")
	return AccountID(s), ok && s != ""
}

// Origin is the public place a follow or collect is credited to: the
// place through which the persona reached the page where it happened (an
// account page opened from search counts as search). OriginOf maps the
// event's source to it.
type Origin string

// The origins, in the order reports list them.
const (
	OriginSearch       Origin = "search"
	OriginFeed         Origin = "feed"          // the Life feed, a post, a group
	OriginAccount      Origin = "account_page"  // the life account's own page
	OriginFollowPrompt Origin = "follow_prompt" // the follow pop-up in a mini program
	OriginPaySuccess   Origin = "pay_success"   // the payment-success page
	OriginOther        Origin = "other"         // Home, My Mini Programs, the card pack, Messages
	OriginUnknown      Origin = "unknown"       // recorded before lifesim kept the source
)

// Origins is every origin in report order.
var Origins = []Origin{OriginSearch, OriginFeed, OriginAccount, OriginFollowPrompt, OriginPaySuccess, OriginOther, OriginUnknown}

// OriginOf is the origin a follow or collect with source src is credited
// to: search results → search; the Life feed, a post, a post's component
// and a topic group → feed; the account's profile page → account_page;
// the follow pop-up → follow_prompt; the payment-success page →
// pay_success; Home, its grid, My Mini Programs, the card pack and
// Messages → other; no source (an event written before lifesim kept it)
// and any source it does not know → unknown.
func OriginOf(src Source) Origin {
	switch src {
	case SourceSearch:
		return OriginSearch
	case SourceFeed, SourcePost, SourcePostComponent, SourceGroup:
		return OriginFeed
	case SourceAccountProfile:
		return OriginAccount
	case SourceFollowPrompt:
		return OriginFollowPrompt
	case SourcePaySuccess:
		return OriginPaySuccess
	case SourceHomeGrid, SourceMyMiniPrograms, SourceHome, SourceCardPack, SourceMessages:
		return OriginOther
	}
	return OriginUnknown
}

// MerchantScope is what belongs to one life account's merchant: the
// things whose events its console counts. Posts and coupons the operator
// creates later join it as their events are folded.
type MerchantScope struct {
	Account      AccountID
	Merchant     MerchantID
	MiniPrograms []MiniProgramID // bound to or associated with the account
	Posts        []PostID        // the account's posts
	Coupons      []CouponID      // coupons of its merchant's mini programs
	Groups       []GroupID       // groups its posts link to
}

// MerchantDay is one simulated day of a merchant's private domain.
type MerchantDay struct {
	Day             time.Time // midnight, in the clock's location
	FollowersGained int
	FollowersLost   int
	Collects        int
	Uncollects      int
	Revisits        int // opens of its mini programs from the Home grid or My Mini Programs
	Orders          int
	RevenueCents    int64
	// CouponsIssued are the coupons that reached a card pack and
	// CouponsClaimed those the persona claimed. lifesim gives no coupon
	// without a claim (a pay-to-get coupon is claimed on the
	// payment-success page), so the two are equal; both are kept for a
	// world that issues coupons itself.
	CouponsIssued   int
	CouponsClaimed  int
	CouponsRedeemed int
}

// MerchantFunnelStep is a step of the merchant's private-domain funnel,
// per persona: public touch → open → collect/follow → revisit → repeat
// order.
type MerchantFunnelStep int

const (
	MStepTouch MerchantFunnelStep = iota
	MStepOpen
	MStepKeep // collect a mini program or follow the account
	MStepRevisit
	MStepRepeat
	NumMerchantSteps
)

// Name is the step as reports print it.
func (s MerchantFunnelStep) Name() string {
	return [...]string{"public touch", "open", "collect/follow", "revisit", "repeat order"}[s]
}

// MerchantFunnelGroup is the merchant funnel of the personas in one
// experiment arm; Experiment and Arm are empty for everyone.
type MerchantFunnelGroup struct {
	Experiment string
	Arm        string
	Steps      [NumMerchantSteps]StepStat
}

// Name is "all" or "experiment=arm".
func (g MerchantFunnelGroup) Name() string {
	return FunnelGroup{Experiment: g.Experiment, Arm: g.Arm}.Name()
}

// PostStats is what one of the account's posts did.
type PostStats struct {
	Post     PostID
	Title    string
	Opens    int
	Likes    int // net of unlikes
	Comments int
	Collects int // net of uncollects
	Forwards int
	// Clicks on its components, by kind (service, coupon, group).
	Clicks map[ComponentKind]int
	// Claims of the merchant's coupons through a post's component in a
	// session whose last opened post of the account was this one.
	Claims int
	// Orders it led to: orders in the merchant's mini programs in a session
	// whose last opened post of this account, before the order, was this one.
	Orders int
}

// CouponStats is what happened to one of the merchant's coupons.
type CouponStats struct {
	Coupon   CouponID
	Title    string
	Issued   int
	Claimed  int
	Redeemed int
}

// MerchantReport is one life account's private domain over a span of
// simulated days ending today.
type MerchantReport struct {
	Account AccountID
	Name    string
	Now     time.Time
	// Days are the span's days, oldest first; the last is today.
	Days []MerchantDay
	// Totals are over the whole log, not only the span.
	Totals MerchantDay
	// Followers gained and collects over the whole log, by origin.
	FollowsBy  map[Origin]int
	CollectsBy map[Origin]int
	// Revisits over the whole log, by source (home_grid, my_mini_programs).
	RevisitsBy map[Source]int
	Funnel     []MerchantFunnelGroup // everyone first, then each arm seen
	Posts      []PostStats           // newest first
	Coupons    []CouponStats         // in the account's coupon window order, then created ones
}
