package model

// Event kinds of the Life channel's community and prompts (issue 3).
const (
	// EventOpenGroup: a topic group page was opened; Source says from where.
	EventOpenGroup EventKind = "open_group"
	// EventGroupJoin / EventGroupLeave: Target is the group id.
	EventGroupJoin  EventKind = "group_join"
	EventGroupLeave EventKind = "group_leave"
	// EventPublishPost: the persona published a post; Target is the post id,
	// Detail its group if it has one.
	EventPublishPost EventKind = "publish_post"
	// Follow pop-up inside a mini program: Target is the life account,
	// Detail the mini program it was shown in.
	EventFollowPromptShown     EventKind = "follow_prompt_shown"
	EventFollowPromptDismissed EventKind = "follow_prompt_dismissed"
	EventFollowPromptAccepted  EventKind = "follow_prompt_accepted"
)

// SourceGroup: opened from a topic group page (lifesim's own; Alipay has no
// scene id for it).
const SourceGroup Source = "group"
