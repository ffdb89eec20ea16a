package actions

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

// The post editor's kept drafts. A draft belongs to a persona and to the
// place the editor was opened from (at: "" for the Life feed, or the id
// of the topic group whose page opened it), so a draft begun in a group
// comes back there and not in the feed. Each command answers the editor
// that asked (Owner) once the store has answered: a kept draft is on disk
// before the editor closes.

// DraftLoadedMsg is the draft kept at the editor's place, if any.
type DraftLoadedMsg struct {
	Owner screen.Owner
	Draft model.Draft
	Found bool
	Err   error
}

// DraftSavedMsg says a KeepDraft (Kept) or DropDraft (!Kept) committed,
// or why it did not.
type DraftSavedMsg struct {
	Owner screen.Owner
	Kept  bool
	Err   error
}

// LoadDraft reads the persona's draft kept at place at.
func LoadDraft(env screen.Env, owner screen.Owner, at model.GroupID) tea.Cmd {
	st, p := env.Store, env.Persona
	return func() tea.Msg {
		d, ok, err := st.KeptDraft(p, at)
		return DraftLoadedMsg{Owner: owner, Draft: d, Found: ok, Err: err}
	}
}

// KeepDraft saves d as the persona's draft at place at, replacing the one
// kept there.
func KeepDraft(env screen.Env, owner screen.Owner, at model.GroupID, d model.Draft) tea.Cmd {
	st, p := env.Store, env.Persona
	return func() tea.Msg {
		return DraftSavedMsg{Owner: owner, Kept: true, Err: st.KeepDraft(p, at, d)}
	}
}

// DropDraft deletes the persona's draft at place at, if there is one.
func DropDraft(env screen.Env, owner screen.Owner, at model.GroupID) tea.Cmd {
	st, p := env.Store, env.Persona
	return func() tea.Msg {
		return DraftSavedMsg{Owner: owner, Err: st.DropDraft(p, at)}
	}
}
