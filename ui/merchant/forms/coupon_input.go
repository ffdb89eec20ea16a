package forms

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
)

// key: ctrl+s saves and esc closes from any field; tab, shift+tab, ↑ and
// ↓ move between fields, enter moves on (and saves on the title, the last
// field, and on the button); ←/→ and space change the kind and the mini
// program; everything else types into the focused field.
func (f *couponForm) key(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys
	switch {
	case key.Matches(msg, k.Save):
		return f.save()
	case key.Matches(msg, k.Close):
		return closeForm(f.d.Owner)
	case key.Matches(msg, k.Next, k.Down):
		f.move(1)
		return nil
	case key.Matches(msg, k.Prev, k.Up):
		f.move(-1)
		return nil
	case key.Matches(msg, k.Enter):
		if f.focus == cTitle || f.focus == cButton {
			return f.save()
		}
		f.move(1)
		return nil
	}
	return f.fieldKey(msg)
}

// fieldKey is what the focused field does with any other key.
func (f *couponForm) fieldKey(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys
	switch f.focus {
	case cKind:
		if key.Matches(msg, k.Pick, k.Toggle) {
			f.toggleKind()
		}
		return nil
	case cProgram:
		if key.Matches(msg, k.Pick, k.Toggle) {
			step := 1
			if key.Matches(msg, k.left) {
				step = -1
			}
			f.stepProgram(step)
		}
		return nil
	case cButton:
		return nil
	}
	if msg.Text != "" && model.CleanLine(msg.Text) != msg.Text {
		return nil // a control character typed: never into a field
	}
	return f.typeInto(msg)
}

// typeInto sends a key or a paste to the focused text field.
func (f *couponForm) typeInto(msg tea.Msg) tea.Cmd {
	in := &f.inputs[f.focus]
	before := in.Value()
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	if in.Value() != before {
		f.edited(f.focus)
	}
	return cmd
}

// edited marks field fld as typed into: its problem shows from now on,
// the store's last refusal is stale, and the title's placeholder follows
// the deal.
func (f *couponForm) edited(fld couponField) {
	f.touched[fld] = true
	f.refusal, f.note = nil, ""
	f.inputs[cTitle].Placeholder = f.dealPlaceholder()
}

// toggleKind flips pay-to-get and spend-threshold.
func (f *couponForm) toggleKind() {
	if f.kind == model.CouponPayToGet {
		f.kind = model.CouponSpendThreshold
	} else {
		f.kind = model.CouponPayToGet
	}
	f.edited(cKind)
}

// stepProgram picks the next (step 1) or previous (-1) mini program,
// wrapping, when there are several.
func (f *couponForm) stepProgram(step int) {
	if len(f.programs) < 2 {
		return
	}
	f.program = (f.program + step + len(f.programs)) % len(f.programs)
	f.edited(cProgram)
}

// paste gives the focused text field what fits of msg, one line, and says
// when it did not all fit.
func (f *couponForm) paste(msg tea.PasteMsg) {
	if f.focus < cAmount || f.focus > cTitle {
		return
	}
	in := &f.inputs[f.focus]
	limit := in.CharLimit
	fit, cut := draw.FitPaste(model.CleanLine(msg.Content), len([]rune(in.Value())), limit)
	f.typeInto(tea.PasteMsg{Content: fit})
	if cut {
		f.note = draw.CutNotice(limit)
	}
}

// move focuses the next (delta 1) or previous (-1) field, wrapping, and
// skipping the threshold of a pay-to-get coupon.
func (f *couponForm) move(delta int) {
	next := f.focus
	for {
		next = (next + couponField(delta) + numCouponFields) % numCouponFields
		if next != cThreshold || f.kind == model.CouponSpendThreshold {
			break
		}
	}
	f.focusField(next)
}

// focusField focuses fld and blurs the rest.
func (f *couponForm) focusField(fld couponField) {
	for i := range f.inputs {
		f.inputs[i].Blur()
	}
	f.focus = fld
	if fld >= cAmount && fld <= cTitle {
		f.inputs[fld].Focus()
		f.inputs[fld].CursorEnd()
	}
}

// save checks the form here first, so a mistake shows beside its field
// with no store round trip and nothing written; the store checks again.
func (f *couponForm) save() tea.Cmd {
	spec, probs := f.check()
	if fld, ok := probs.first(); ok {
		f.tried = true
		if fld != cButton {
			f.focusField(fld)
		}
		return nil
	}
	f.saving, f.refusal, f.note = true, nil, ""
	return createCoupon(f.d, f.owner, spec)
}
