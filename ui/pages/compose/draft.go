package compose

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// A draft is kept per persona and per place: the Life feed (preset "")
// or the topic group whose page opened the editor (preset). esc never
// throws writing away silently: it asks Keep draft? (k keeps, d
// discards, esc goes back to editing). Keeping commits the draft before
// the editor closes; the next editor opened in the same place, in this
// run or a later one, starts from it and says so.

// draftState is the editor's kept draft and its prompt.
type draftState struct {
	loaded   bool      // the store has answered whether a draft is kept here
	pending  []tea.Msg // keys and pastes that arrived before it did
	want     model.GroupID
	had      bool // a draft is kept for this place (the editor started from it)
	restored bool // show that the form holds a restored draft, until typing
	asking   bool // the Keep draft? prompt is up
	saving   bool // a keep or discard is committing
}

// onDraftLoaded fills the form with the kept draft, if any, then loads
// the group choices and types what was typed meanwhile.
func (m *Editor) onDraftLoaded(msg actions.DraftLoadedMsg) tea.Cmd {
	m.kept.loaded = true
	switch {
	case msg.Err != nil:
		m.err = msg.Err
	case msg.Found:
		m.restore(msg.Draft)
	}
	cmds := []tea.Cmd{m.loadGroups()}
	pending := m.kept.pending
	m.kept.pending = nil
	for _, in := range pending {
		cmds = append(cmds, m.input(in))
	}
	return tea.Batch(cmds...)
}

// restore puts a kept draft into the form. The store cleaned it and held
// it to the model's limits; the body's line cap is the editor's own.
func (m *Editor) restore(d model.Draft) {
	m.title.SetValue(d.Title)
	body, _ := fitLines(d.Body, maxBodyLines)
	m.body.SetValue(body)
	m.topic.CharLimit = 0 // the limit depends on the value's "#"s
	m.topic.SetValue(d.Topic)
	m.limitInputs()
	m.kept.want = d.GroupID
	m.kept.had, m.kept.restored = true, true
}

// leave is esc in the form. Writing gets the prompt. An editor with
// nothing written closes at once; if it started from a kept draft that
// the persona then emptied, that draft is dropped first, so it does not
// come back.
func (m *Editor) leave() tea.Cmd {
	switch {
	case !m.draft().Empty():
		m.kept.asking = true
		return nil
	case m.kept.had:
		m.kept.saving = true
		return actions.DropDraft(m.env, m.owner, m.preset)
	}
	return screen.Send(nav.BackMsg{})
}

// promptKey is a key while Keep draft? is up: k, d and esc answer it;
// every other key does nothing.
func (m *Editor) promptKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.keep):
		return m.keepDraft()
	case key.Matches(msg, k.discard):
		return m.discardDraft()
	case key.Matches(msg, k.backToForm):
		m.kept.asking = false
	}
	return nil
}

// keepDraft answers Keep draft? with keep: the draft is committed, then
// the editor closes (onDraftSaved).
func (m *Editor) keepDraft() tea.Cmd {
	m.kept.asking, m.kept.saving = false, true
	return actions.KeepDraft(m.env, m.owner, m.preset, m.draft())
}

// discardDraft answers it with discard: the kept draft is dropped, then
// the editor closes.
func (m *Editor) discardDraft() tea.Cmd {
	m.kept.asking, m.kept.saving = false, true
	return actions.DropDraft(m.env, m.owner, m.preset)
}

// onDraftSaved closes the editor once the keep or discard has committed,
// and says which it was; if it failed, the editor stays with the writing
// and the error.
func (m *Editor) onDraftSaved(msg actions.DraftSavedMsg) tea.Cmd {
	m.kept.saving = false
	if msg.Err != nil {
		m.err = msg.Err
		return nil
	}
	notice := "Draft discarded"
	if msg.Kept {
		notice = "Draft kept: n brings it back"
	}
	return tea.Sequence(screen.Send(nav.BackMsg{}), screen.Notice(notice))
}
