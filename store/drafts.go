package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// A kept draft is one record in the drafts bucket, keyed by the persona
// and the place the editor was opened from: persona NUL "" for the Life
// feed, persona NUL group id for a topic group's page. Keeping a draft
// replaces the one kept at that place. Drafts are user data (cleared only
// with the rest of the user state) but no action of the chain: they append
// no event, like text typed and not yet sent.

// draftRecord is a kept draft on disk (schema 3).
type draftRecord struct {
	Title string `json:"title"`
	Body  string `json:"body"`
	Topic string `json:"topic,omitempty"`
	Group string `json:"group,omitempty"`
}

func toDraftRecord(d model.Draft) draftRecord {
	return draftRecord{Title: d.Title, Body: d.Body, Topic: d.Topic, Group: string(d.GroupID)}
}

func (r draftRecord) model() model.Draft {
	return model.Draft{Title: r.Title, Body: r.Body, Topic: r.Topic, GroupID: model.GroupID(r.Group)}
}

// draftKey is persona, sep, place.
func draftKey(p model.PersonaID, at model.GroupID) []byte {
	return append(prefixKey(string(p)), at...)
}

// splitDraftKey returns the persona and place of a draft key; ok is false
// for a key without a persona.
func splitDraftKey(k []byte) (p model.PersonaID, at model.GroupID, ok bool) {
	i := bytes.IndexByte(k, sep)
	if i <= 0 {
		return "", "", false
	}
	return model.PersonaID(k[:i]), model.GroupID(k[i+1:]), true
}

// KeepDraft saves the persona's draft written at place at, cleaned and
// cut to a post's limits (model.Draft.Kept: the editor never lets a field
// past them, so the cut only guards against other callers). An empty
// draft deletes the one kept there.
func (d *DB) KeepDraft(p model.PersonaID, at model.GroupID, draft model.Draft) error {
	draft = draft.Kept()
	return d.update(func(tx *bolt.Tx) error {
		if _, err := getPersona(tx, p); err != nil {
			return err
		}
		b := tx.Bucket(bktDrafts)
		if draft.Empty() {
			return b.Delete(draftKey(p, at))
		}
		return putJSON(b, draftKey(p, at), toDraftRecord(draft))
	})
}

// KeptDraft is the draft kept at place at; ok is false when there is
// none. It comes back cleaned and within the limits whatever the file
// holds, since the editor draws it.
func (d *DB) KeptDraft(p model.PersonaID, at model.GroupID) (draft model.Draft, ok bool, err error) {
	err = d.view(func(tx *bolt.Tx) error {
		r, found, err := getJSON[draftRecord](tx.Bucket(bktDrafts), draftKey(p, at))
		if err != nil {
			return err // damage: the view stops the writes and says so
		}
		draft, ok = r.model().Kept(), found
		return nil
	})
	return draft, ok, err
}

// DropDraft deletes the draft kept at place at, if there is one.
func (d *DB) DropDraft(p model.PersonaID, at model.GroupID) error {
	return d.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bktDrafts).Delete(draftKey(p, at))
	})
}
