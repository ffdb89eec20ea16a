package store

import "slices"

// Top-level buckets.
//
//	meta                 app marker, schema_version, fixture_hash, settings,
//	                     channel_order, persona_order; its sequence numbers orders
//	merchants … channels world records by id (JSON), rewritten by every seed
//	idx_search           token NUL kind NUL id → where the token came from
//	                     ("t" title, "a" its other names, "k" key texts,
//	                     empty the rest), or the title for a name token
//	                     (index_terms.go)
//	idx_search_doc       kind NUL id → JSON searchDoc (what to draw, tokens)
//	idx_feed_time        BE(publishedAt) id → what ranking reads (feedValue,
//	                     feeds_rank.go; walk backwards: newest first)
//	idx_account_posts    account NUL BE(publishedAt) id → nil
//	idx_group_posts      group NUL BE(publishedAt) id → nil (model.PostGroups)
//	idx_geo              cell(8) mini program NUL store → lat, lng (index_geo.go)
//	idx_mp_coupons       mini program NUL coupon → nil
//	idx_account_words    token NUL account → BE(fans) name (index_accounts.go)
//	idx_account_fans     ^BE(fans) name NUL account → nil
//	idx_group_names      normalised group name or id → group id (index_groups.go)
//	media                path ("media/x.png") → PNG bytes, rewritten by every seed
//	users/<persona>      the persona's state (see users.go)
//	post_counts          post id → JSON model.Counts, every persona's deltas
//	account_counts       account id → BE int64, fans delta from follows
//	group_counts         group id → BE int64, members delta from joins
//	comments             post id NUL BE(seq) → JSON model.Comment
//	events               BE(seq) → JSON model.Event, append-only
//	drafts               persona NUL place → JSON draftRecord, the editor's
//	                     kept drafts (place: "" the Life feed, or a group id)
//	participants         persona id → JSON model.Persona, the personas
//	                     `lifesim serve` made for SSH user names
//	                     (participants.go); kept across reseeds, emptied
//	                     with the rest of the user state
//
// BE(publishedAt) is the UnixNano time with its sign bit flipped, so byte
// order is time order.
var (
	bktMeta = []byte("meta")

	// world, keyed by id, JSON values; rewritten by Seed
	bktMerchants    = []byte("merchants")
	bktMiniPrograms = []byte("mini_programs")
	bktAccounts     = []byte("accounts")
	bktPosts        = []byte("posts")
	bktCoupons      = []byte("coupons")
	bktGroups       = []byte("groups")
	bktPersonas     = []byte("personas")
	bktChannels     = []byte("channels")
	bktMedia        = []byte("media") // path → PNG bytes (see media.go)

	// indexes, rebuilt by Seed
	bktIdxSearch       = []byte("idx_search")
	bktIdxSearchDoc    = []byte("idx_search_doc")
	bktIdxFeedTime     = []byte("idx_feed_time")
	bktIdxAccountPosts = []byte("idx_account_posts")
	bktIdxGroupPosts   = []byte("idx_group_posts")
	bktIdxGeo          = []byte("idx_geo")
	bktIdxMPCoupons    = []byte("idx_mp_coupons")
	bktIdxAccountWords = []byte("idx_account_words")
	bktIdxAccountFans  = []byte("idx_account_fans")
	bktIdxGroupNames   = []byte("idx_group_names")

	// user state, kept across reseeds
	bktUsers         = []byte("users")
	bktPostCounts    = []byte("post_counts")
	bktAccountCounts = []byte("account_counts")
	bktGroupCounts   = []byte("group_counts")
	bktComments      = []byte("comments")
	bktEvents        = []byte("events")
	bktDrafts        = []byte("drafts")       // since schema 3 (migrate.go)
	bktParticipants  = []byte("participants") // since schema 5 (migrate.go)
	bktOperators     = []byte("operators")    // since schema 6 (migrate.go)
)

// worldBuckets are cleared and rewritten by every seed.
var worldBuckets = [][]byte{
	bktMerchants, bktMiniPrograms, bktAccounts, bktPosts, bktCoupons,
	bktGroups, bktPersonas, bktChannels,
	bktIdxSearch, bktIdxSearchDoc, bktIdxFeedTime, bktIdxAccountPosts,
	bktIdxGroupPosts, bktIdxGeo, bktIdxMPCoupons, bktIdxAccountWords,
	bktIdxAccountFans, bktIdxGroupNames, bktMedia,
}

// userBuckets are what ClearUserState empties. Participants go with their
// state: `lifesim serve` makes each again on its next connection; so do
// what operators wrote, taken out of the world first (unpublishOperators).
var userBuckets = [][]byte{bktUsers, bktPostCounts, bktAccountCounts, bktComments, bktGroupCounts, bktDrafts, bktParticipants, bktOperators}

// allBuckets are created at open.
var allBuckets = slices.Concat([][]byte{bktMeta}, worldBuckets, userBuckets, [][]byte{bktEvents}, aggregateBuckets)

// Keys of the meta bucket.
var (
	metaSchema       = []byte("schema_version") // decimal
	metaFixtureHash  = []byte("fixture_hash")
	metaWorldFormat  = []byte("world_format")  // worldFormat the world was written in
	metaSettings     = []byte("settings")      // JSON model.Settings
	metaChannelOrder = []byte("channel_order") // JSON []ChannelID, fixture order
	metaPersonaOrder = []byte("persona_order") // JSON []PersonaID, fixture order
)

// Keys inside a persona's bucket users/<persona>.
var (
	userFavourites     = []byte("favourites")      // JSON []MiniProgramID, display order
	userRecents        = []byte("recents")         // JSON []Recent, newest first
	userFollows        = []byte("follows")         // JSON []Follow, in follow order
	userLikes          = []byte("likes")           // JSON []PostID
	userCollectedPosts = []byte("collected_posts") // JSON []PostID
	userCoupons        = []byte("coupons")         // JSON []ClaimedCoupon, claim order
	userGuidanceSeen   = []byte("guidance_seen")   // present = seen
	userComments       = []byte("comments")        // nested: seq → JSON Comment
	userForwards       = []byte("forwards")        // nested: seq → JSON Forward
	userOrders         = []byte("orders")          // nested: seq → JSON Order
	userGroups         = []byte("groups")          // JSON []GroupMembership, join order
	userOwnPosts       = []byte("own_posts")       // nested: seq → JSON Post as published
	userFollowPrompt   = []byte("follow_prompt")   // JSON map[AccountID]int, pop-up dismissals
)

// Nested buckets inside an operator's bucket operators/<account>, each
// BE(seq) → JSON record, seq from meta's sequence (so key order is the
// order they were written).
var (
	opPosts    = []byte("posts")    // postRecord, the post as published
	opCoupons  = []byte("coupons")  // couponRecord, the coupon as created
	opMessages = []byte("messages") // messageRecord, the message as sent
)
