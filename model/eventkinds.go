package model

// Every event kind and every source of the event log is declared in this
// file, and nowhere else. Their string values are what the store writes and
// `lifesim events` exports: the store format is frozen, so a value is never
// renamed or reused (go test ./store -run TestRecordFormatIsFrozen). Keep
// README.md's "Event log" lists in step when adding one.

// Source is where something was opened from (or a coupon claimed from).
//
// A new Source is right when a new place in the app opens a mini program,
// an account, a post or a group, or offers a coupon, and a researcher would
// want the funnels to tell it apart from the places already listed. A new
// view of an existing place (another sub-feed, a redrawn page) keeps that
// place's source. If Alipay's mini-program scene list has a scene id for
// the place, the source carries it: add it to sceneIDs, and every event
// with that source records it. Otherwise the source is lifesim's own and
// its scene is 0. A source's scene id never changes once events carry it.
type Source string

// Sources with an Alipay scene id.
const (
	SourceHomeGrid       Source = "home_grid"        // 1000: the Home grid of favourites and recents
	SourceMyMiniPrograms Source = "my_mini_programs" // 1002: the My Mini Programs list
	SourceHome           Source = "home"             // 1003: Home's exposure slots
	SourceSearch         Source = "search"           // 1005: search results
	SourceAccountProfile Source = "account_profile"  // 1020: a life account's profile page
	SourceCardPack       Source = "card_pack"        // 1401: the card pack (claimed coupons)
	SourcePaySuccess     Source = "pay_success"      // 1403: the payment-success page
)

// Sources of lifesim's own: Alipay gives these places no scene id.
const (
	SourceFeed          Source = "feed"           // the Life feed
	SourcePostComponent Source = "post_component" // a mini program, service or coupon component in a post
	SourcePost          Source = "post"           // a post itself, e.g. the account in its header
	SourceGroup         Source = "group"          // a topic group page
	SourceMessages      Source = "messages"       // the Messages tab (every arm)
	// SourceFollowPrompt: the follow pop-up a mini program shows for its
	// life account (a follow accepted there).
	SourceFollowPrompt Source = "follow_prompt"
	// SourceUnknown marks records from before the source was recorded
	// (coupon claims in a store written before schema 2).
	SourceUnknown Source = "unknown"
)

// sceneIDs is the Alipay scene id of each source that has one.
var sceneIDs = map[Source]int{
	SourceHomeGrid:       1000,
	SourceMyMiniPrograms: 1002,
	SourceHome:           1003,
	SourceSearch:         1005,
	SourceAccountProfile: 1020,
	SourceCardPack:       1401,
	SourcePaySuccess:     1403,
}

// Scene is the Alipay scene id of s, or 0 when Alipay has none.
func (s Source) Scene() int { return sceneIDs[s] }

// IsRevisit reports whether opening a mini program from s counts as the
// returning-user path of the chain (Home grid or My Mini Programs).
func (s Source) IsRevisit() bool {
	return s == SourceHomeGrid || s == SourceMyMiniPrograms
}

// EventKind names a recorded action. Target is the id acted on unless a
// kind says otherwise.
type EventKind string

// The session and navigation.
const (
	// EventAppStart / EventAppStop: a session began or ended; Detail is
	// "switch" when a persona switch in the app ended or began it, "clock"
	// when time travel did.
	EventAppStart EventKind = "app_start"
	EventAppStop  EventKind = "app_stop"
	// EventClock: the simulated clock jumped forward (time travel: T, or
	// a tour's `clock +1d`); Detail is how far ("+1d", "+2h0m0s"). It is
	// written between the old session's app_stop and the new one's
	// app_start, in the new session, at the new time.
	EventClock EventKind = "clock"
	// EventTab: a tab switch; Target is the new tab, Detail the old one.
	EventTab EventKind = "tab"
	// EventSearch: search results acted on; Detail is the query, Value the
	// number of results shown.
	EventSearch          EventKind = "search"
	EventOpenMiniProgram EventKind = "open_mini_program"
	EventOpenAccount     EventKind = "open_account"
	EventOpenPost        EventKind = "open_post"
	// EventOpenLife: the Life feed opened from the Messages tab's "Life
	// accounts" entry (life_entry=messages); Source is "messages".
	EventOpenLife EventKind = "open_life"
	// EventOpenGroup: a topic group page was opened; Source says from where.
	EventOpenGroup EventKind = "open_group"
)

// Mini programs: collecting, and the collection guidance.
const (
	EventCollect   EventKind = "collect"
	EventUncollect EventKind = "uncollect"
	// EventMoveFavourite records reordering My Mini Programs favourites;
	// Detail is the signed number of places moved ("-1", "+2").
	EventMoveFavourite EventKind = "move_favourite"
	// EventGuidanceShown: the collection-guidance tip first appeared (once
	// per persona).
	EventGuidanceShown EventKind = "guidance_shown"
	// EventGuidanceAccepted: the persona collected the mini program while
	// the collection-guidance tip was on screen (written with the collect).
	EventGuidanceAccepted EventKind = "guidance_accepted"
	// EventGuidanceDismissed: the persona left the mini program page
	// without collecting while the tip was on screen.
	EventGuidanceDismissed EventKind = "guidance_dismissed"
)

// Life accounts, posts and topic groups.
const (
	EventFollow        EventKind = "follow"
	EventUnfollow      EventKind = "unfollow"
	EventLike          EventKind = "like"
	EventUnlike        EventKind = "unlike"
	EventCollectPost   EventKind = "collect_post"
	EventUncollectPost EventKind = "uncollect_post"
	EventComment       EventKind = "comment"
	EventForward       EventKind = "forward"
	// EventPublishPost: the persona published a post; Target is the post id,
	// Detail its group if it has one.
	EventPublishPost EventKind = "publish_post"
	// EventGroupJoin / EventGroupLeave: Target is the group id.
	EventGroupJoin  EventKind = "group_join"
	EventGroupLeave EventKind = "group_leave"
	// Follow pop-up inside a mini program: Target is the life account,
	// Detail the mini program it was shown in.
	EventFollowPromptShown     EventKind = "follow_prompt_shown"
	EventFollowPromptDismissed EventKind = "follow_prompt_dismissed"
	EventFollowPromptAccepted  EventKind = "follow_prompt_accepted"
)

// Coupons, orders and payment.
const (
	// EventCouponClaim: Source says where the coupon was claimed.
	EventCouponClaim  EventKind = "coupon_claim"
	EventCouponRedeem EventKind = "coupon_redeem"
	EventOrder        EventKind = "order"
	// EventPayment: an order was paid; Target is the order id, Value the
	// amount in cents (written with the order).
	EventPayment EventKind = "payment"
)

// What the public places showed, and what a post's components were used
// for: the merchant's "public touch" and content figures.
const (
	// EventImpression: something of a life account's was shown in a
	// public place, once per session, account and place (a page built
	// afresh each time, the payment-success page or the Life page opened
	// from Messages, once per showing). Target is the
	// life account, Source the place (search, feed, pay_success), Detail
	// the thing shown (a mini program, post, coupon or the account).
	EventImpression EventKind = "impression"
	// EventComponentClick: a component of a post was used. Target is the
	// post, Source where the post was opened from, Detail the component
	// as "service:<mini program>/<service>", "coupon:<id>" or "group:<id>".
	EventComponentClick EventKind = "component_click"
)

// The merchant's side: what a life account's operator does in the
// console. The persona is model.MerchantPersona(account); the chain
// funnel leaves these sessions out.
const (
	// EventMerchantPost: the operator published a post; Target is the
	// post, Detail the account.
	EventMerchantPost EventKind = "merchant_post"
	// EventCouponCreate: the operator created a coupon; Target is the
	// coupon, Detail the account.
	EventCouponCreate EventKind = "coupon_create"
	// EventMerchantMessage: the operator sent a message to the account's
	// followers; Target is the account, Detail the message id, Value how
	// many followers it reached.
	EventMerchantMessage EventKind = "merchant_message"
)

// The experiment log.
const (
	// EventExposure: a variant first changed what the persona sees.
	// Target is the experiment key, Detail the arm; once per persona and arm.
	EventExposure EventKind = "exposure"
)
