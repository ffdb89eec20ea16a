package model

import "time"

// Actor says who does an action, in which session, and when (simulated
// clock). Every store write takes one so that it can append the matching
// event in the same transaction.
type Actor struct {
	Persona  PersonaID         `json:"persona"`
	Session  string            `json:"session"`
	At       time.Time         `json:"at"`
	Variants map[string]string `json:"variants,omitempty"`
}

// Source is where something was opened from. Sources with an Alipay scene id
// carry it (see Scene); the rest are lifesim's own.
type Source string

const (
	SourceHomeGrid       Source = "home_grid"        // 1000
	SourceMyMiniPrograms Source = "my_mini_programs" // 1002
	SourceHome           Source = "home"             // 1003: exposure slots
	SourceSearch         Source = "search"           // 1005
	SourceAccountProfile Source = "account_profile"  // 1020
	SourceCardPack       Source = "card_pack"        // 1401
	SourcePaySuccess     Source = "pay_success"      // 1403
	SourceFeed           Source = "feed"
	SourcePostComponent  Source = "post_component"
	SourcePost           Source = "post" // e.g. an account opened from a post's header
	// SourceUnknown marks records from before the source was recorded
	// (coupon claims in a store written before schema 2).
	SourceUnknown Source = "unknown"
)

// Scene is the Alipay scene id of s, or 0 when Alipay has none.
func (s Source) Scene() int {
	switch s {
	case SourceHomeGrid:
		return 1000
	case SourceMyMiniPrograms:
		return 1002
	case SourceHome:
		return 1003
	case SourceSearch:
		return 1005
	case SourceAccountProfile:
		return 1020
	case SourceCardPack:
		return 1401
	case SourcePaySuccess:
		return 1403
	}
	return 0
}

// IsRevisit reports whether opening a mini program from s counts as the
// returning-user path of the chain (Home grid or My Mini Programs).
func (s Source) IsRevisit() bool {
	return s == SourceHomeGrid || s == SourceMyMiniPrograms
}

// EventKind names a recorded action.
type EventKind string

const (
	EventAppStart        EventKind = "app_start"
	EventAppStop         EventKind = "app_stop"
	EventTab             EventKind = "tab"
	EventSearch          EventKind = "search"
	EventOpenMiniProgram EventKind = "open_mini_program"
	EventOpenAccount     EventKind = "open_account"
	EventOpenPost        EventKind = "open_post"
	EventCollect         EventKind = "collect"
	EventUncollect       EventKind = "uncollect"
	EventFollow          EventKind = "follow"
	EventUnfollow        EventKind = "unfollow"
	EventLike            EventKind = "like"
	EventUnlike          EventKind = "unlike"
	EventCollectPost     EventKind = "collect_post"
	EventUncollectPost   EventKind = "uncollect_post"
	EventComment         EventKind = "comment"
	EventForward         EventKind = "forward"
	EventCouponClaim     EventKind = "coupon_claim"
	EventCouponRedeem    EventKind = "coupon_redeem"
	EventOrder           EventKind = "order"
	EventGuidanceShown   EventKind = "guidance_shown"
)

// Event is one entry of the append-only event log.
type Event struct {
	Seq      uint64            `json:"seq"`
	At       time.Time         `json:"at"`
	Persona  PersonaID         `json:"persona"`
	Session  string            `json:"session"`
	Kind     EventKind         `json:"kind"`
	Target   string            `json:"target,omitempty"` // the id acted on
	Source   Source            `json:"source,omitempty"`
	Scene    int               `json:"scene,omitempty"`
	Detail   string            `json:"detail,omitempty"` // query, comment text, order id…
	Value    int64             `json:"value,omitempty"`  // search: results shown; payment: cents paid
	Variants map[string]string `json:"variants,omitempty"`
}

// NewEvent builds an event for actor; the store assigns Seq.
func NewEvent(a Actor, kind EventKind, target string, src Source, detail string) Event {
	return Event{
		At: a.At, Persona: a.Persona, Session: a.Session, Kind: kind,
		Target: target, Source: src, Scene: src.Scene(), Detail: detail, Variants: a.Variants,
	}
}
