package store

import (
	bolt "go.etcd.io/bbolt"
)

// drafts checks every kept draft (a bucket since schema 3; older stores
// have none): its key names a persona, its value decodes as a draft, and
// the draft is one the editor could have kept, clean and within a post's
// limits (model.Draft.CheckKept). The app would clean such a draft before
// drawing it, but only damage or a hand edit writes one, so it is
// reported, one line per record.
func (c *recordCheck) drafts(b *bolt.Bucket) {
	if b == nil {
		return
	}
	_ = b.ForEach(func(k, v []byte) error {
		c.records++
		if why := draftProblem(k, v); why != "" {
			c.add(Problem{Area: "records", Summary: "kept draft " + draftName(k) + " is damaged", Detail: why})
		}
		return nil
	})
}

// draftProblem says what is wrong with the draft record k → v, or "".
func draftProblem(k, v []byte) string {
	if v == nil {
		return "a bucket where a draft belongs"
	}
	if _, _, ok := splitDraftKey(k); !ok {
		return "its key names no persona"
	}
	r, err := decode[draftRecord](v)
	if err != nil {
		return decodeDetail(err)
	}
	if err := r.model().CheckKept(); err != nil {
		return err.Error()
	}
	return ""
}

// draftName names a draft by its persona and place: "of newuser (Life)",
// "of newuser (group g-food)", or by its raw key if it has no persona.
func draftName(k []byte) string {
	p, at, ok := splitDraftKey(k)
	switch {
	case !ok:
		return keyName(k)
	case at == "":
		return "of " + keyName([]byte(p)) + " (Life)"
	}
	return "of " + keyName([]byte(p)) + " (group " + keyName([]byte(at)) + ")"
}
