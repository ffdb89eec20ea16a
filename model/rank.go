package model

import (
	"math"
	"time"
)

// Weights of the Recommended feed's ranking (see ScorePost). They are
// variables of the formula, not tunables of the world: changing one changes
// every persona's feed.
const (
	// RankInterestWeight is added for each persona interest the post matches.
	RankInterestWeight = 3.0
	// RankFollowBoost is added when the persona follows the post's account.
	RankFollowBoost = 4.0
	// RankEngagementWeight multiplies log(1 + weighted interactions).
	RankEngagementWeight = 1.0
	// RankHalfLife is the recency half-life: a post this much older than
	// another, all else equal, scores half as much.
	RankHalfLife = 72 * time.Hour
)

// InterestOverlap counts the interests that match the texts: an interest
// matches when each of its words is a prefix of a token of the texts (so the
// interest "coffee" matches the tag "Coffee" and "food" matches "foodie";
// see Matches). Each interest counts at most once.
func InterestOverlap(interests []string, texts ...string) int {
	// The texts are tokenised once for all the interests: this runs for
	// every post of the feed and every suggested account.
	tokens := TextTokens(texts...)
	n := 0
	for _, in := range interests {
		if matchesTokens(QueryWords(in), tokens) {
			n++
		}
	}
	return n
}

// Engagement is a post's interactions weighted by effort: a like counts 1,
// a comment or a collect 2, a forward 3.
func Engagement(c Counts) int64 {
	return max(c.Likes, 0) + 2*max(c.Comments, 0) + 2*max(c.Collects, 0) + 3*max(c.Forwards, 0)
}

// ScorePost ranks a post for the Recommended feed of a persona with the
// given interests and followed accounts, as seen at now. Higher is better.
//
//	score = (1 + RankInterestWeight·overlap + RankFollowBoost·[followed]
//	           + RankEngagementWeight·ln(1 + Engagement)) · 2^(−age / RankHalfLife)
//
// overlap is InterestOverlap of the interests with the post's title and
// tags; age is now − PublishedAt, never negative (a post "from the future"
// counts as brand new). The base of 1 makes recency order posts that match
// nothing. The result is always positive and finite.
func ScorePost(p Post, interests []string, follows map[AccountID]bool, now time.Time) float64 {
	texts := make([]string, 0, len(p.Tags)+1)
	texts = append(texts, p.Title)
	texts = append(texts, p.Tags...)
	base := 1.0
	base += RankInterestWeight * float64(InterestOverlap(interests, texts...))
	if follows[p.AccountID] {
		base += RankFollowBoost
	}
	base += RankEngagementWeight * math.Log1p(float64(Engagement(p.Counts)))
	return base * RecencyDecay(now.Sub(p.PublishedAt))
}

// RecencyDecay is 2^(−age/RankHalfLife), with negative ages treated as 0.
func RecencyDecay(age time.Duration) float64 {
	if age <= 0 {
		return 1
	}
	return math.Exp2(-float64(age) / float64(RankHalfLife))
}

// AccountAffinity rates how well a life account fits a persona's interests,
// for "Accounts you may be interested in": the number of interests matching
// the account's name, bio and keywords.
func AccountAffinity(a LifeAccount, interests []string) int {
	texts := make([]string, 0, len(a.Keywords)+2)
	texts = append(texts, a.Name, a.Bio)
	texts = append(texts, a.Keywords...)
	return InterestOverlap(interests, texts...)
}
