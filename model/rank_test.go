package model

import (
	"math"
	"testing"
	"time"
)

func TestInterestOverlap(t *testing.T) {
	tests := []struct {
		name      string
		interests []string
		texts     []string
		want      int
	}{
		{"none", nil, []string{"Coffee"}, 0},
		{"tag match is case-insensitive", []string{"coffee"}, []string{"Morning", "COFFEE"}, 1},
		{"prefix of a word", []string{"food"}, []string{"Foodie weekend"}, 1},
		{"not a prefix", []string{"ood"}, []string{"food"}, 0},
		{"each interest once", []string{"coffee", "tea", "car"}, []string{"coffee coffee", "tea"}, 2},
		{"multi-word interest needs all words", []string{"car wash"}, []string{"car rental"}, 0},
		{"CJK inside a word", []string{"小龙虾"}, []string{"新年小龙虾系列"}, 1},
		{"width-insensitive", []string{"ｋｆｃ"}, []string{"KFC"}, 1},
		{"empty interest matches nothing", []string{""}, []string{"anything"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := InterestOverlap(tt.interests, tt.texts...); got != tt.want {
				t.Errorf("InterestOverlap(%q, %q) = %d, want %d", tt.interests, tt.texts, got, tt.want)
			}
		})
	}
}

func TestEngagement(t *testing.T) {
	tests := []struct {
		c    Counts
		want int64
	}{
		{Counts{}, 0},
		{Counts{Likes: 10}, 10},
		{Counts{Likes: 1, Comments: 1, Collects: 1, Forwards: 1}, 8},
		{Counts{Likes: -5, Forwards: 2}, 6},
	}
	for _, tt := range tests {
		if got := Engagement(tt.c); got != tt.want {
			t.Errorf("Engagement(%+v) = %d, want %d", tt.c, got, tt.want)
		}
	}
}

func TestRecencyDecay(t *testing.T) {
	tests := []struct {
		age  time.Duration
		want float64
	}{
		{-time.Hour, 1},
		{0, 1},
		{RankHalfLife, 0.5},
		{2 * RankHalfLife, 0.25},
	}
	for _, tt := range tests {
		if got := RecencyDecay(tt.age); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("RecencyDecay(%v) = %v, want %v", tt.age, got, tt.want)
		}
	}
}

func TestScorePost(t *testing.T) {
	now := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	post := func(acct AccountID, ago time.Duration, c Counts, title string, tags ...string) Post {
		return Post{ID: "p", AccountID: acct, Title: title, Tags: tags, Counts: c, PublishedAt: now.Add(-ago)}
	}
	interests := []string{"coffee", "food"}
	follows := map[AccountID]bool{"kfc": true}

	tests := []struct {
		name string
		p    Post
		want float64
	}{
		{"bare new post", post("x", 0, Counts{}, "Hello"), 1},
		{"one interest", post("x", 0, Counts{}, "Coffee time"), 1 + RankInterestWeight},
		{"two interests via tags", post("x", 0, Counts{}, "Hi", "coffee", "Foodie"), 1 + 2*RankInterestWeight},
		{"followed", post("kfc", 0, Counts{}, "Hi"), 1 + RankFollowBoost},
		{"engagement", post("x", 0, Counts{Likes: 4}, "Hi"), 1 + RankEngagementWeight*math.Log1p(4)},
		{"one half-life old", post("x", RankHalfLife, Counts{}, "Hi"), 0.5},
		{"future counts as new", post("x", -time.Hour, Counts{}, "Hi"), 1},
		{"everything", post("kfc", RankHalfLife, Counts{Forwards: 1}, "coffee", "food"),
			(1 + 2*RankInterestWeight + RankFollowBoost + math.Log1p(3)) / 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScorePost(tt.p, interests, follows, now)
			if math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("ScorePost = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestScorePostOrdering(t *testing.T) {
	now := time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC)
	fresh := Post{AccountID: "a", Title: "Plain", PublishedAt: now.Add(-time.Hour)}
	stale := Post{AccountID: "a", Title: "Plain", PublishedAt: now.Add(-30 * 24 * time.Hour)}
	if ScorePost(fresh, nil, nil, now) <= ScorePost(stale, nil, nil, now) {
		t.Error("a fresher post should outrank an identical older one")
	}
	popular := fresh
	popular.Counts = Counts{Likes: 5000}
	if ScorePost(popular, nil, nil, now) <= ScorePost(fresh, nil, nil, now) {
		t.Error("engagement should raise the score")
	}
	// a nil follows map and nil interests are fine
	if s := ScorePost(Post{}, nil, nil, time.Time{}); s != 1 {
		t.Errorf("zero post at zero time = %v, want 1", s)
	}
}

func TestAccountAffinity(t *testing.T) {
	a := LifeAccount{Name: "New Hope Dairy", Bio: "Fresh milk every morning", Keywords: []string{"dairy", "breakfast"}}
	tests := []struct {
		interests []string
		want      int
	}{
		{nil, 0},
		{[]string{"milk"}, 1},
		{[]string{"breakfast", "dairy", "cars"}, 2},
		{[]string{"new hope"}, 1},
	}
	for _, tt := range tests {
		if got := AccountAffinity(a, tt.interests); got != tt.want {
			t.Errorf("AccountAffinity(%q) = %d, want %d", tt.interests, got, tt.want)
		}
	}
}
