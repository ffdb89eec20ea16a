package model

// Limits on what a persona types outside the post editor (the post's own
// limits are in publish.go). Counted in characters (runes), as Validate
// counts them, not in terminal cells.
const (
	// MaxCommentRunes is a comment's length: a short reply under a post.
	MaxCommentRunes = 280
	// MaxQueryRunes is a search query's length: a few words or a brand.
	MaxQueryRunes = 64
)
