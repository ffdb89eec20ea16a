package store

import (
	"errors"
	"time"

	"lifesim/model"
)

// ErrNotFound is returned (wrapped, naming what was missing) for unknown ids.
var ErrNotFound = errors.New("not found")

// Cursor is an opaque position in a paged read; the zero value starts at the
// beginning and an empty Next in a Page means there is nothing more.
type Cursor string

// Page is one page of a cursor-paged read.
type Page[T any] struct {
	Items []T
	Next  Cursor
}

// Catalog reads the seeded world by id.
type Catalog interface {
	MiniProgram(id model.MiniProgramID) (model.MiniProgram, error)
	MiniPrograms(ids []model.MiniProgramID) ([]model.MiniProgram, error) // in the order given; unknown ids skipped
	Account(id model.AccountID) (model.LifeAccount, error)
	Post(id model.PostID) (model.Post, error) // Counts include every persona's actions
	Coupon(id model.CouponID) (model.Coupon, error)
	Group(id model.GroupID) (model.Group, error)
	// Media is the bytes of a picture a post refers to (Post.Image,
	// Post.Frames), e.g. "media/kfc-crayfish.png".
	Media(path string) ([]byte, error)
	Persona(id model.PersonaID) (model.Persona, error)
	Personas() ([]model.Persona, error)
	Channels() ([]model.Channel, error)
	// Experiments are the UX experiments the world was seeded with.
	Experiments() ([]model.Experiment, error)
	Merchant(id model.MerchantID) (model.Merchant, error)
	// NearbyCoupons is the coupons valid at now whose mini program has a
	// store within radiusMetres of at, nearest first.
	NearbyCoupons(at model.LatLng, radiusMetres float64, now time.Time) ([]NearbyCoupon, error)
}

// Feeds reads posts in display order, paged.
type Feeds interface {
	// Recommended ranks recent posts for the persona (interests, follows,
	// engagement, recency).
	Recommended(p model.PersonaID, c Cursor, limit int) (Page[model.Post], error)
	// Following is the posts of followed accounts, newest first.
	Following(p model.PersonaID, c Cursor, limit int) (Page[model.Post], error)
	// AccountPosts is one account's posts, newest first.
	AccountPosts(a model.AccountID, c Cursor, limit int) (Page[model.Post], error)
	// SuggestedAccounts is "Accounts you may be interested in": accounts the
	// persona does not follow, best first.
	SuggestedAccounts(p model.PersonaID, limit int) ([]model.LifeAccount, error)
	// Comments on a post, oldest first.
	Comments(post model.PostID) ([]model.Comment, error)
	// Latest is every post, newest first (Recommended under the
	// feed_ranking=chronological arm).
	Latest(p model.PersonaID, c Cursor, limit int) (Page[model.Post], error)
}

// Searcher answers as-you-type search.
type Searcher interface {
	// Search returns at most perKind results of each kind, grouped in
	// model.ResultKinds order and best first inside a group.
	Search(query string, perKind int) ([]model.SearchResult, error)
}

// Users reads and changes a persona's state. Every write is one committed
// transaction that also appends the action's event.
type Users interface {
	State(p model.PersonaID) (model.UserState, error)

	// OpenMiniProgram records a visit: Recently used is bumped and an
	// open event with its source is appended.
	OpenMiniProgram(a model.Actor, id model.MiniProgramID, src model.Source) (model.UserState, error)
	// Opened records opening an account or a post (events only).
	OpenedAccount(a model.Actor, id model.AccountID, src model.Source) error
	OpenedPost(a model.Actor, id model.PostID, src model.Source) error

	// ToggleFavourite, ToggleFollow and CollectFromGuidance write src (and
	// its scene) on their event: the source through which the persona
	// reached the page where it collected or followed, which the
	// merchant's report credits the follower or collect to.
	ToggleFavourite(a model.Actor, id model.MiniProgramID, src model.Source) (collected bool, err error)
	RemoveFavourite(a model.Actor, id model.MiniProgramID) error
	MoveFavourite(a model.Actor, id model.MiniProgramID, delta int) ([]model.MiniProgramID, error)
	ToggleFollow(a model.Actor, id model.AccountID, src model.Source) (following bool, err error)
	ToggleLike(a model.Actor, id model.PostID) (liked bool, counts model.Counts, err error)
	ToggleCollectPost(a model.Actor, id model.PostID) (collected bool, counts model.Counts, err error)
	AddComment(a model.Actor, id model.PostID, text string) (model.Comment, model.Counts, error)
	Forward(a model.Actor, id model.PostID, to string) (model.Counts, error)
	// ClaimCoupon records src (and its scene) on the claim and its event.
	ClaimCoupon(a model.Actor, id model.CouponID, src model.Source) (model.ClaimedCoupon, error)
	// PlaceOrder prices and pays the order (with an optional claimed coupon),
	// records it and marks the coupon redeemed, all in one transaction.
	PlaceOrder(a model.Actor, o model.Order, coupon model.CouponID) (model.Order, error)
	// MarkGuidanceSeen records that the collection-guidance tip was shown;
	// it is shown once per persona across all mini programs.
	MarkGuidanceSeen(a model.Actor, id model.MiniProgramID) error
	// RecordEvent appends an event that has no state change of its own
	// (app start/stop, tab switch, search).
	RecordEvent(e model.Event) error
	// CollectFromGuidance is ToggleFavourite while the guidance tip is on
	// screen: a collect also records guidance_accepted.
	CollectFromGuidance(a model.Actor, id model.MiniProgramID, src model.Source) (collected bool, err error)
	// DismissGuidance records leaving a mini program without collecting
	// while the guidance tip was on screen.
	DismissGuidance(a model.Actor, id model.MiniProgramID) error
	// Expose records the first time the actor's arm of an experiment
	// changed what the persona sees (once per persona and arm).
	Expose(a model.Actor, key string) (recorded bool, err error)
}

// EventLog reads the append-only event log (the observer panel, exports).
type EventLog interface {
	// Events is up to limit events with Seq after after, oldest first.
	Events(after uint64, limit int) ([]model.Event, error)
}

// Store is everything the UI needs.
type Store interface {
	EventLog
	Appends
	Catalog
	Feeds
	Searcher
	Users
	Community
	Drafts
	Funnels
	Merchants
}
