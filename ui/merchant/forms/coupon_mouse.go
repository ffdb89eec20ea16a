package forms

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/hit"
)

// Regions is where the coupon form's last View can be clicked.
func (f *couponForm) Regions() *hit.Regions { return &f.hits }

// click does what the keys do where the operator clicked: a field's row
// focuses it (the threshold only when the kind has one, as tab skips it
// otherwise), the kind's and the mini program's ‹ and › step them as ←
// and → do, and the button creates the coupon, as ctrl+s does.
func (f *couponForm) click(id string) tea.Cmd {
	switch id {
	case idSave:
		return f.save()
	case idKindPrev, idKindNext:
		f.focusField(cKind)
		f.toggleKind()
		return nil
	case idProgPrev, idProgNext:
		f.focusField(cProgram)
		f.stepProgram(map[string]int{idProgPrev: -1, idProgNext: 1}[id])
		return nil
	}
	// a click on the field being typed into leaves its cursor where it is
	if i, ok := fieldOf(id, int(numCouponFields)); ok && f.focusable(couponField(i)) && f.focus != couponField(i) {
		f.focusField(couponField(i))
	}
	return nil
}

// focusable reports whether tab can reach fld: the threshold only on a
// spend-threshold coupon.
func (f *couponForm) focusable(fld couponField) bool {
	return fld != cThreshold || f.kind == model.CouponSpendThreshold
}

// record notes where the rows were drawn: rows[i] is field of[i], or -1
// for a row that is no field's; the body is cut to h rows.
func (f *couponForm) record(rows []string, of []couponField, h int) {
	f.hits.Reset()
	at := place{r: &f.hits, h: h}
	vw := valueWidth(f.width)
	x := gutterWidth + labelWidth
	for y, fld := range of {
		switch {
		case fld == cButton:
			at.saveButton(rows[y], y, f.buttonLabel())
		case fld < 0 || !f.focusable(fld):
		default:
			at.rows(hit.Item(int(fld)), y, 1, f.width)
			f.recordChoice(at, fld, x, y, vw)
		}
	}
}

// recordChoice records the ‹ and › of the kind, and of the mini program
// when there are several to choose from.
func (f *couponForm) recordChoice(at place, fld couponField, x, y, vw int) {
	switch fld {
	case cKind:
		at.choice(idKindPrev, idKindNext, x, y, vw, f.kind.Label())
	case cProgram:
		if p, ok := f.picked(); ok && len(f.programs) > 1 {
			at.choice(idProgPrev, idProgNext, x, y, vw, p.Name)
		}
	}
}
