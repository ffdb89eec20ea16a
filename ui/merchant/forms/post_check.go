package forms

import (
	"slices"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
)

// postProblems are the post form's problems by field, one line each as a
// FieldError writes it; the button's slot holds one that names no field.
type postProblems [numPostFields]string

// first is the first field with a problem, in tab order.
func (p postProblems) first() (postField, bool) {
	for i, s := range p {
		if s != "" {
			return postField(i), true
		}
	}
	return 0, false
}

// put files err under the field it names.
func (p *postProblems) put(err error) {
	if err == nil {
		return
	}
	fe, ok := fieldError(err)
	if !ok {
		p[pButton] = err.Error()
		return
	}
	for i, names := range postFieldNames {
		if slices.Contains(names, fe.Field) {
			p[i] = fe.Error()
			return
		}
	}
	p[pButton] = fe.Error()
}

// check is the draft as typed, cleaned, with its problem: a length that
// is not a number, else the model's verdict against the scope read when
// the form opened (Validate stops at its first problem).
func (f *postForm) check() (model.MerchantDraft, postProblems) {
	var probs postProblems
	d := f.draft()
	if f.kind == model.PostVideo {
		if _, err := strconv.Atoi(f.length.Value()); err != nil || !digits(f.length.Value()) {
			probs[pLength] = "length: " + strconv.Quote(f.length.Value()) + " is not a number of seconds"
			return d, probs
		}
	}
	d = cleanDraft(d)
	probs.put(checkDraft(d, f.scope))
	return d, probs
}

// shown is the problems the form shows now: a field's once it was
// changed, all once a save was tried, and the store's last refusal where
// the fields have none of their own.
func (f *postForm) shown() postProblems {
	_, probs := f.check()
	for i := range probs {
		if !f.touched[i] && !f.tried {
			probs[i] = ""
		}
	}
	var r postProblems
	r.put(f.refusal)
	for i, s := range r {
		if s != "" && probs[i] == "" {
			probs[i] = s
		}
	}
	return probs
}

// save checks the draft here first, so a mistake shows beside its field
// with nothing written; the store checks again against the scope as it
// is then.
func (f *postForm) save() tea.Cmd {
	d, probs := f.check()
	if fld, ok := probs.first(); ok {
		f.tried = true
		if fld != pButton {
			f.focusField(fld)
		}
		return nil
	}
	f.saving, f.refusal, f.note = true, nil, ""
	return publishPost(f.d, f.owner, d)
}
