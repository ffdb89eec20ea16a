package forms

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/hit"
)

// Regions is where the post form's last View can be clicked.
func (f *postForm) Regions() *hit.Regions { return &f.hits }

// click does what the keys do where the operator clicked: a field's rows
// focus it, as tab moving there does; the form's ‹ and › flip it as ←/→
// do; the button publishes, as ctrl+s does; the components take the
// rest (clickComponents).
func (f *postForm) click(id string) tea.Cmd {
	switch id {
	case idSave:
		return f.save()
	case idKindPrev, idKindNext:
		f.focusOn(pKind)
		f.flipKind()
		return nil
	}
	if i, ok := fieldOf(id, int(numPostFields)); ok {
		if f.focusable(postField(i)) {
			f.focusOn(postField(i))
		}
		return nil
	}
	return f.clickComponents(id)
}

// clickComponents: a component is selected, the add row opens the
// picker and a picker's choice is added, as enter does on them; "d
// remove" removes the selected component, as d does.
func (f *postForm) clickComponents(id string) tea.Cmd {
	c := &f.comps
	switch id {
	case idCompAdd:
		f.focusOn(pComponents)
		c.sel = len(c.added)
		if c.onAdd() {
			return f.askPick()
		}
	case idCompDrop:
		if f.focus == pComponents && !c.picking && c.remove() {
			f.edited(pComponents)
		}
	}
	if i, ok := hit.NumberOf(compPrefix, id); ok && i < len(c.added) {
		f.focusOn(pComponents)
		c.picking, c.sel = false, i
	}
	if i, ok := hit.NumberOf(pickPrefix, id); ok && c.picking && i < len(c.available()) {
		c.pick = i
		f.addPicked()
	}
	return nil
}

// focusOn focuses fld unless it has the focus already, so a click on the
// field being written leaves its cursor, and the picker, as they are.
func (f *postForm) focusOn(fld postField) {
	if f.focus != fld {
		f.focusField(fld)
	}
}

// focusable reports whether tab can reach fld: the length only on a
// short video.
func (f *postForm) focusable(fld postField) bool {
	return fld != pLength || f.kind == model.PostVideo
}
