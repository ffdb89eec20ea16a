package store

import "lifesim/model"

// Drafts keeps the post editor's unfinished posts: one per persona and
// place, where the place is the Life feed ("") or the topic group whose
// page the editor was opened from (its id). Each call is one transaction.
type Drafts interface {
	// KeepDraft saves the draft, replacing the one kept at that place; an
	// empty draft (model.Draft.Empty) deletes it. The draft is cleaned and
	// cut to a post's limits (model.Draft.Kept).
	KeepDraft(p model.PersonaID, at model.GroupID, d model.Draft) error
	// KeptDraft is the draft kept at that place; ok is false when there
	// is none.
	KeptDraft(p model.PersonaID, at model.GroupID) (d model.Draft, ok bool, err error)
	// DropDraft deletes the draft kept at that place, if any.
	DropDraft(p model.PersonaID, at model.GroupID) error
}
