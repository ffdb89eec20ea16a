package store

import "lifesim/model"

// Community is the Life channel beyond reading posts: topic groups, the
// persona's own posts, and the follow pop-up inside mini programs. Every
// write is one committed transaction that also appends its event.
type Community interface {
	// GroupPosts is the posts linking a group (by a group component or a
	// tag naming it, see model.PostGroups), newest first.
	GroupPosts(id model.GroupID, c Cursor, limit int) (Page[model.Post], error)
	// OpenedGroup records opening a group page (an event only).
	OpenedGroup(a model.Actor, id model.GroupID, src model.Source) error
	// ToggleGroup joins or leaves a group, returning whether the persona is
	// now a member and the group with its new member count.
	ToggleGroup(a model.Actor, id model.GroupID) (joined bool, g model.Group, err error)
	// PublishPost publishes the persona's post under its creator account
	// (model.PersonaAccountID, created on first use). The draft is cleaned
	// and validated (ErrInvalid with the one-line reason); a group, if
	// named, must exist.
	PublishPost(a model.Actor, d model.Draft) (model.Post, error)
	// FollowPromptShown records that a mini program showed the follow
	// pop-up for its bound account (an event only).
	FollowPromptShown(a model.Actor, account model.AccountID, mp model.MiniProgramID) error
	// AnswerFollowPrompt records the persona's answer to the pop-up:
	// accepting follows the account (if not already followed); dismissing
	// counts towards the cap after which the pop-up never shows again.
	AnswerFollowPrompt(a model.Actor, account model.AccountID, mp model.MiniProgramID, accept bool) error
}
