package forms

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"lifesim/model"
	"lifesim/ui/draw"
)

// View draws the form, exactly its size: one row per field with its
// problem or a hint beside it, a preview of the coupon, the button and a
// message line. Rows are spaced when there is height for it.
func (f *couponForm) View() string {
	if f.width <= 0 || f.height <= 0 {
		return ""
	}
	st := f.d.Styles
	probs := f.shown()
	var rows []string
	var of []couponField // the field each row is, -1 for none
	for fld := cKind; fld < cButton; fld++ {
		rows = append(rows, f.row(fld, probs[fld]))
		of = append(of, fld)
	}
	rows = append(rows, "", f.preview(), "", button(st, f.buttonLabel(), f.focus == cButton, gutterWidth+labelWidth, f.width))
	of = append(of, -1, -1, -1, cButton)
	if f.height >= 2*len(rows)+2 {
		rows, of = spaced(rows), spacedFields(of)
	}
	f.record(rows, of, max(f.height-1, 0))
	msg := messageLine(st, f.width, probs[cButton], f.busy(), "ctrl+s creates the coupon from any field · esc closes")
	if f.loadErr != nil && probs[cButton] == "" {
		msg = messageLine(st, f.width, f.loadErr.Error(), "", "")
	}
	body := draw.Fit(strings.Join(rows, "\n"), f.width, max(f.height-1, 0))
	return draw.Fit(body+"\n"+msg, f.width, f.height)
}

// spaced puts a blank line between the field rows (the first seven).
func spaced(rows []string) []string {
	out := make([]string, 0, 2*len(rows))
	for i, r := range rows {
		out = append(out, r)
		if i < int(cButton)-1 {
			out = append(out, "")
		}
	}
	return out
}

// spacedFields is what each row is once spaced: -1 for each blank
// spaced puts in.
func spacedFields(of []couponField) []couponField {
	out := make([]couponField, 0, 2*len(of))
	for i, fld := range of {
		out = append(out, fld)
		if i < int(cButton)-1 {
			out = append(out, -1)
		}
	}
	return out
}

// row is field fld with its value and its problem, or its hint.
func (f *couponForm) row(fld couponField, problem string) string {
	st := f.d.Styles
	vw := valueWidth(f.width)
	nw := noteWidth(f.width, vw)
	note := hintNote(st, f.hint(fld), nw)
	if problem != "" {
		note = problemNote(st, problem, nw)
	}
	return fieldRow(st, f.width, vw, f.focus == fld, f.labelOf(fld), f.value(fld, vw), note)
}

// labelOf is the field's label.
func (f *couponForm) labelOf(fld couponField) string {
	switch fld {
	case cAmount:
		return "Amount ¥"
	case cThreshold:
		return "Threshold ¥"
	}
	s := couponFieldNames[fld]
	return strings.ToUpper(s[:1]) + s[1:]
}

// value is what the field holds, drawn in vw cells.
func (f *couponForm) value(fld couponField, vw int) string {
	st := f.d.Styles
	switch fld {
	case cKind:
		return choice(st, f.kind.Label(), vw, true)
	case cProgram:
		p, ok := f.picked()
		if !ok {
			return st.Muted.Render("none")
		}
		return choice(st, p.Name, vw, len(f.programs) > 1)
	case cThreshold:
		if f.kind != model.CouponSpendThreshold {
			return st.Subtle.Render("—")
		}
	}
	return f.inputs[fld].View()
}

// hint is what a field with no problem says beside it.
func (f *couponForm) hint(fld couponField) string {
	switch fld {
	case cKind:
		if f.kind == model.CouponPayToGet {
			return "given after a payment · ←/→ spend-threshold"
		}
		return "off an order over the threshold · ←/→ pay-to-get"
	case cProgram:
		if len(f.programs) > 1 {
			return "redeemed here · " + strconv.Itoa(f.program+1) + " of " + strconv.Itoa(len(f.programs)) + " · ←/→"
		}
		return "redeemed here"
	case cAmount:
		return "off, in yuan: 5 or 5.50"
	case cThreshold:
		if f.kind != model.CouponSpendThreshold {
			return "pay-to-get coupons have none"
		}
		return "the order's least subtotal, in yuan"
	case cFrom:
		return "YYYY-MM-DD · today means from now"
	case cUntil:
		return "YYYY-MM-DD · through the end of that day"
	case cTitle:
		n := utf8.RuneCountInString(f.inputs[cTitle].Value())
		return draw.CountText(n, model.MaxCouponTitleRunes) + " · optional: the deal if empty"
	}
	return ""
}

// preview is the coupon as personas will see it, once it parses.
func (f *couponForm) preview() string {
	st := f.d.Styles
	var probs couponProblems
	spec := f.typed(&probs)
	text := "fill in the amount and the dates"
	if !probs.any() {
		c := model.Coupon{Kind: spec.Kind, DiscountCents: spec.DiscountCents, ThresholdCents: spec.ThresholdCents, ValidUntil: spec.ValidUntil}
		c.Title = strings.TrimSpace(spec.Title)
		p, _ := f.picked()
		text = couponName(c) + " · until " + model.ShortDate(c.ValidUntil, f.d.Now()) + " — " + p.Name
	}
	left := strings.Repeat(" ", gutterWidth) + label(st, "Preview", false)
	return draw.Fit(left+st.Text.Render(draw.Line(text, max(f.width-gutterWidth-labelWidth, 1))), f.width, 1)
}

// buttonLabel is the button's label, saying so while the write commits.
func (f *couponForm) buttonLabel() string {
	if f.saving {
		return "Creating…"
	}
	return "Create coupon"
}

// busy is the message line while the write commits, or a cut paste.
func (f *couponForm) busy() string {
	if f.saving {
		return "Creating the coupon…"
	}
	return f.note
}
